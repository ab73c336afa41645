namespace ModularPipelines.Distributed.Json.Tests.Support;

/// <summary>Awkward values shared by the shape tests.</summary>
internal static class Samples
{
    public static readonly string[] Texts =
    [
        string.Empty,
        "plain",
        "quote \" backslash \\ slash / apostrophe '",
        "controls \u0001\u001f\b\f\n\r\t and nul \0",
        "<script>alert('x') & more</script>",
        "ünïcödé, 中文, Ελληνικά, עברית",
        "emoji 🚀👩‍💻 outside the BMP",
        "\u2028 line and paragraph \u2029 separators",
        new string('x', 5000),
    ];

    public static readonly Guid FixedId = new("6f9619ff-8b86-d011-b42d-00cf4fc964ff");

    public static readonly DateTimeOffset FixedOffset = new(2024, 2, 29, 23, 59, 58, 123, TimeSpan.FromHours(-9.5));
}
