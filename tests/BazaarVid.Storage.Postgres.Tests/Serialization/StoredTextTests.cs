namespace BazaarVid.Storage.Postgres.Tests.Serialization;

public sealed class StoredTextTests
{
    [Theory]
    [InlineData("""{"a":"x"}""", """{"a":"x"}""")]
    [InlineData("""{"a":"\u0000"}""", """{"a":"\uFFFD"}""")]
    [InlineData("""{"a":"\\u0000"}""", """{"a":"\\u0000"}""")]
    [InlineData("""{"a":"\\\u0000"}""", """{"a":"\\\uFFFD"}""")]
    [InlineData("""{"a":"\u0000\u0000\n"}""", """{"a":"\uFFFD\uFFFD\n"}""")]
    public void Only_escaped_nul_characters_are_replaced_for_jsonb(string json, string expected)
    {
        StoredText.ForJsonb(json).Should().Be(expected);
    }

    // Built in code: attribute strings are stored as UTF-8, which would turn a lone surrogate into U+FFFD.
    public static TheoryData<string, bool> Surrogates => new()
    {
        { "plain", false },
        { "emoji 🚀 pair", false },
        { "high " + (char)0xD83D + " alone", true },
        { "low " + (char)0xDC00 + " alone", true },
        { "ends high " + (char)0xD83D, true },
        { new string([(char)0xDC00, (char)0xD83D]), true },
    };

    [Theory]
    [MemberData(nameof(Surrogates), DisableDiscoveryEnumeration = true)]
    public void Lone_surrogates_are_detected(string text, bool lone)
    {
        StoredText.HasLoneSurrogate(text).Should().Be(lone);
    }

    [Fact]
    public void Utf16_bytes_round_trip_any_text()
    {
        var text = "a\0b " + (char)0xD83D + " 🚀 " + (char)0xDC00;

        StoredText.FromUtf16(StoredText.ToUtf16(text)).Should().Be(text);
        StoredText.ToUtf16("A").Should().Equal(0x41, 0x00);
    }

    [Fact]
    public void Timestamps_are_cut_to_microseconds_in_utc()
    {
        var value = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567);

        var cut = StoredText.ToMicroseconds(value);

        cut.Offset.Should().Be(TimeSpan.Zero);
        cut.Should().Be(value.AddTicks(-7));
        StoredText.ToMicroseconds((DateTimeOffset?)null).Should().BeNull();
    }
}
