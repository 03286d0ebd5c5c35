namespace BazaarVid.Context;

/// <summary>
/// One async mutex per key, created on demand and removed when nobody holds or waits for it, so that work on
/// one key is serialized and different keys never wait on each other. Used for conversations (writes here, whole
/// turns in the brain).
/// </summary>
/// <typeparam name="TKey">The key type (value equality).</typeparam>
public sealed class KeyedAsyncLock<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, Slot> _slots = [];
    private readonly Lock _gate = new();

    /// <summary>Waits for the key's mutex; dispose the result to release it.</summary>
    public async ValueTask<Releaser> AcquireAsync(TKey key, CancellationToken cancellationToken = default)
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
    public readonly struct Releaser : IDisposable, IEquatable<Releaser>
    {
        private readonly KeyedAsyncLock<TKey> _owner;
        private readonly TKey _key;
        private readonly Slot _slot;

        internal Releaser(KeyedAsyncLock<TKey> owner, TKey key, Slot slot)
        {
            _owner = owner;
            _key = key;
            _slot = slot;
        }

        /// <summary>Releases the mutex.</summary>
        public void Dispose()
        {
            _slot.Semaphore.Release();
            _owner.Leave(_key, _slot);
        }

        /// <inheritdoc />
        public bool Equals(Releaser other) => ReferenceEquals(_slot, other._slot);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is Releaser other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => _slot.GetHashCode();

        /// <summary>True when both release the same mutex.</summary>
        public static bool operator ==(Releaser left, Releaser right) => left.Equals(right);

        /// <summary>True when they release different mutexes.</summary>
        public static bool operator !=(Releaser left, Releaser right) => !left.Equals(right);
    }

    internal sealed class Slot
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }
}
