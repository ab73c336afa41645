namespace ModularPipelines.Distributed;

/// <summary>A command line as a user would type it into a POSIX shell, for messages: only arguments that need quotes get them.</summary>
internal static class CommandLineText
{
    public static string Format(string program, IEnumerable<string> arguments) =>
        string.Join(' ', new[] { program }.Concat(arguments).Select(Quote));

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '=' or ':' or ',' or '+' or '@' or '%')
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
