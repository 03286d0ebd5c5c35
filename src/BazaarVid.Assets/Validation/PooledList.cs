using System.Buffers;
using System.Runtime.CompilerServices;

namespace BazaarVid.Assets.Validation;

/// <summary>
/// An append-only list over an array rented from <see cref="ArrayPool{T}.Shared"/>, for buffers that live for one
/// validation and can grow large (a big file has thousands of URL records). Not thread-safe; dispose to return the array.
/// </summary>
internal sealed class PooledList<T> : IDisposable
{
    private T[] _items = [];

    public int Count { get; private set; }

    public Span<T> Span => _items.AsSpan(0, Count);

    public void Add(in T item)
    {
        if (Count == _items.Length)
        {
            Grow();
        }

        _items[Count++] = item;
    }

    /// <summary>Drops the items from <paramref name="count"/> on.</summary>
    public void Truncate(int count)
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            _items.AsSpan(count, Count - count).Clear();
        }

        Count = count;
    }

    public void Dispose()
    {
        Release();
        _items = [];
        Count = 0;
    }

    private void Grow()
    {
        var bigger = ArrayPool<T>.Shared.Rent(Math.Max(16, _items.Length * 2));
        Span.CopyTo(bigger);
        Release();
        _items = bigger;
    }

    private void Release()
    {
        if (_items.Length == 0)
        {
            return;
        }

        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            Span.Clear();
        }

        ArrayPool<T>.Shared.Return(_items);
    }
}
