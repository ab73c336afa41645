namespace ModularPipelines.Distributed;

/// <summary>A module's failure as text, secrets masked.</summary>
/// <param name="Type">The exception's type name.</param>
/// <param name="Message">Its message.</param>
/// <param name="Details">Its full text: stack trace and inner exceptions.</param>
internal sealed record ReportFailure(string Type, string Message, string Details);
