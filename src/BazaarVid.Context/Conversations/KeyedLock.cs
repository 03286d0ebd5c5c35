namespace BazaarVid.Context;

/// <summary>
/// One async mutex per key, created on demand and removed when nobody holds or waits for it, so that work on
/// one key is serialized and different keys never wait on each other.
/// </summary>
internal sealed class KeyedLock<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, Slot> _slots = [];
    private readonly Lock _gate = new();

    /// <summary>Waits for the key's mutex; dispose the result to release it.</summary>
    public async ValueTask<Releaser> AcquireAsync(TKey key, CancellationToken cancellationToken)
    {
        Slot slot;
        lock (_gate)
        {
            if (!_slots.TryGetValue(key, out slot!))
            {
                slot = new Slot();
                _slots[key] = slot;
            }

            slot.Users++;
        }

        try
        {
            await slot.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(key, slot);
            throw;
        }

        return new Releaser(this, key, slot);
    }

    private void Leave(TKey key, Slot slot)
    {
        lock (_gate)
        {
            if (--slot.Users == 0)
            {
                _slots.Remove(key);
                slot.Semaphore.Dispose();
            }
        }
    }

    /// <summary>Releases the mutex when disposed.</summary>
    internal readonly struct Releaser : IDisposable
    {
        private readonly KeyedLock<TKey> _owner;
        private readonly TKey _key;
        private readonly Slot _slot;

        internal Releaser(KeyedLock<TKey> owner, TKey key, Slot slot)
        {
            _owner = owner;
            _key = key;
            _slot = slot;
        }

        public void Dispose()
        {
            _slot.Semaphore.Release();
            _owner.Leave(_key, _slot);
        }
    }

    internal sealed class Slot
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }
}
