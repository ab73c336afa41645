namespace Greeter;

/// <summary>Greets people by name.</summary>
public static class Greeting
{
    /// <summary>A greeting for <paramref name="name"/>, or for a stranger when the name is blank.</summary>
    public static string For(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "Hello, stranger!" : $"Hello, {name.Trim()}!";
}
