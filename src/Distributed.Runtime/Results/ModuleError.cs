namespace ModularPipelines.Distributed;

/// <summary>
/// A failure as text. Results cross process boundaries, so a failure is never a live exception object:
/// it is the exception's type name, message and full text (stack trace and inner exceptions).
/// </summary>
/// <param name="TypeName">The exception's full type name, for example <c>System.IO.IOException</c>.</param>
/// <param name="Message">The exception's message.</param>
/// <param name="Details">The exception's full text: type, message, stack trace and inner exceptions.</param>
public sealed record ModuleError(string TypeName, string Message, string Details)
{
    /// <summary>Captures an exception as a <see cref="ModuleError"/>.</summary>
    /// <param name="exception">The exception to describe.</param>
    /// <returns>The exception's type name, message and full text.</returns>
    public static ModuleError FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new ModuleError(exception.GetType().FullName ?? exception.GetType().Name, exception.Message, exception.ToString());
    }

    /// <inheritdoc/>
    public override string ToString() => $"{TypeName}: {Message}";
}
