namespace ModularPipelines.Distributed;

/// <summary>What an instance advertises: the configured capabilities plus, unless turned off, its OS name.</summary>
internal static class AdvertisedCapabilities
{
    public static List<string> Of(DistributedOptions options)
    {
        var capabilities = new List<string>(options.Capabilities);
        if (options.AutoDetectOsCapability && CapabilityName.CurrentOperatingSystem() is { } os
            && !capabilities.Contains(os, StringComparer.OrdinalIgnoreCase))
        {
            capabilities.Add(os);
        }

        return capabilities;
    }
}
