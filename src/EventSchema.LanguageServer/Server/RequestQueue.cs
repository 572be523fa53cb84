using System.Threading.Channels;

namespace EventSchema.LanguageServer.Server;

/// <summary>
/// Runs the server's work one item at a time, in the order the messages arrived, so a request always sees the
/// document edits sent before it and never one sent after. A request cancelled while it waits is answered at once
/// and never runs; one cancelled while it runs sees its token cancelled. When the queue runs empty, the idle work
/// runs (publishing diagnostics), so a burst of edits is answered once.
/// </summary>
internal sealed class RequestQueue
{
    private readonly Channel<Func<Task>> _items = Channel.CreateUnbounded<Func<Task>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TextWriter _log;

    public RequestQueue(TextWriter log) => _log = log;

    /// <summary>Runs when the queue has just run empty.</summary>
    public Func<Task>? Idle { get; set; }

    /// <summary>Queues a request; the task ends with its result, or cancelled when <paramref name="cancellationToken"/> is cancelled first.</summary>
    public Task<T> Enqueue<T>(Func<CancellationToken, T> work, CancellationToken cancellationToken)
    {
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var registration = cancellationToken.Register(() => completion.TrySetCanceled(cancellationToken));
        Write(() =>
        {
            registration.Dispose();
            if (completion.Task.IsCompleted || cancellationToken.IsCancellationRequested)
            {
                completion.TrySetCanceled(cancellationToken);
                return Task.CompletedTask;
            }
            try
            {
                completion.TrySetResult(work(cancellationToken));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                completion.TrySetCanceled(cancellationToken);
            }
            catch (Exception ex)
            {
                completion.TrySetException(ex);
            }
            return Task.CompletedTask;
        });
        return completion.Task;
    }

    /// <summary>Queues a notification's work; failures are logged, since a notification has no answer to carry them.</summary>
    public void Enqueue(string method, Action work)
        => Write(() =>
        {
            try
            {
                work();
            }
            catch (Exception ex)
            {
                _log.WriteLine($"{method} failed: {ex}");
            }
            return Task.CompletedTask;
        });

    /// <summary>Queues work that itself waits; the queue holds the next item back until it ends.</summary>
    public void EnqueueAsync(Func<Task> work) => Write(work);

    /// <summary>Stops taking work; <see cref="RunAsync"/> ends once what is queued has run.</summary>
    public void Complete() => _items.Writer.TryComplete();

    /// <summary>Runs queued work until <see cref="Complete"/> is called.</summary>
    public async Task RunAsync()
    {
        var reader = _items.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var item))
            {
                await item().ConfigureAwait(false);
                if (!reader.TryPeek(out _) && Idle is { } idle)
                {
                    try
                    {
                        await idle().ConfigureAwait(false);
                    }
                    catch (Exception ex)
                    {
                        await _log.WriteLineAsync($"Publishing diagnostics failed: {ex.Message}").ConfigureAwait(false);
                    }
                }
            }
        }
    }

    private void Write(Func<Task> item)
    {
        if (!_items.Writer.TryWrite(item)) throw new InvalidOperationException("The server is shutting down.");
    }
}
