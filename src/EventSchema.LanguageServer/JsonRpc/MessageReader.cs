using System.Text;

namespace EventSchema.LanguageServer.JsonRpc;

/// <summary>Reads LSP base-protocol messages: a <c>Content-Length</c> header block, a blank line, then that many bytes of UTF-8 JSON.</summary>
internal sealed class MessageReader(Stream input)
{
    private const int MaxHeaderLength = 8 * 1024;
    private readonly Stream _input = input;
    private readonly byte[] _one = new byte[1];

    /// <summary>The next message body, or null at the end of the stream.</summary>
    public async Task<byte[]?> ReadAsync(CancellationToken cancellationToken)
    {
        int? contentLength = null;
        while (true)
        {
            string? line = await ReadHeaderLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null) return null;
            if (line.Length == 0)
            {
                if (contentLength is null) continue; // Stray blank line between messages.
                break;
            }
            int colon = line.IndexOf(':');
            if (colon <= 0) throw new InvalidDataException($"Malformed header line '{line}'.");
            string name = line[..colon].Trim();
            string value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (!int.TryParse(value, out int length) || length < 0)
                    throw new InvalidDataException($"Invalid Content-Length '{value}'.");
                contentLength = length;
            }
        }

        var body = new byte[contentLength.Value];
        int read = 0;
        while (read < body.Length)
        {
            int n = await _input.ReadAsync(body.AsMemory(read), cancellationToken).ConfigureAwait(false);
            if (n == 0) return null;
            read += n;
        }
        return body;
    }

    private async Task<string?> ReadHeaderLineAsync(CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        while (true)
        {
            int n = await _input.ReadAsync(_one, cancellationToken).ConfigureAwait(false);
            if (n == 0) return line.Length == 0 ? null : line.ToString();
            char c = (char)_one[0];
            if (c == '\n')
            {
                if (line.Length > 0 && line[^1] == '\r') line.Length--;
                return line.ToString();
            }
            line.Append(c);
            if (line.Length > MaxHeaderLength) throw new InvalidDataException("Header line too long.");
        }
    }
}
