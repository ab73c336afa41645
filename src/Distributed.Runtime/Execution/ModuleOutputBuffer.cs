namespace ModularPipelines.Distributed;

/// <summary>One module attempt's forwarded output: lines not sent yet, bytes sent against the cap, bytes cut.</summary>
internal sealed class ModuleOutputBuffer
{
    public List<string> Pending { get; set; } = [];

    public int Sent { get; set; }

    public int CutBytes { get; set; }
}
