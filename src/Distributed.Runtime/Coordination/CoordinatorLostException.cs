namespace ModularPipelines.Distributed;

/// <summary>
/// The coordinator can no longer carry the run: it stayed unreachable past the outage timeout, or the run's state is
/// gone from it. The message is the one line the instance exits with.
/// </summary>
internal sealed class CoordinatorLostException : Exception
{
    public CoordinatorLostException()
    {
    }

    public CoordinatorLostException(string message)
        : base(message)
    {
    }

    public CoordinatorLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
