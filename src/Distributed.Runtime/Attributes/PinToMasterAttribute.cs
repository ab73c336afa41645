namespace ModularPipelines.Distributed;

/// <summary>Runs the module on instance 0 (the master) only, for example to publish with the master's credentials.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class PinToMasterAttribute : Attribute
{
}
