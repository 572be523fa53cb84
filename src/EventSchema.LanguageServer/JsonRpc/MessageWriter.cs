using System.Text;

namespace EventSchema.LanguageServer.JsonRpc;

/// <summary>Writes LSP base-protocol messages; safe to call from several threads.</summary>
internal sealed class MessageWriter(Stream output)
{
    private readonly Stream _output = output;
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async Task WriteAsync(byte[] body, CancellationToken cancellationToken)
    {
        byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _output.WriteAsync(header, cancellationToken).ConfigureAwait(false);
            await _output.WriteAsync(body, cancellationToken).ConfigureAwait(false);
            await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }
}
