namespace ModularPipelines.Distributed.CodeFixes;

/// <summary>Metadata names of the types the fixes look for or write.</summary>
internal static class RuntimeNames
{
    public const string Namespace = "ModularPipelines.Distributed";
    public const string Module = Namespace + ".Module`1";
    public const string DependsOn = Namespace + ".DependsOnAttribute`1";
    public const string MatrixTarget = Namespace + ".MatrixTargetAttribute";
    public const string PinToMaster = Namespace + ".PinToMasterAttribute";
    public const string PipelineJsonContext = Namespace + ".PipelineJsonContextAttribute";
    public const string JsonSerializable = "System.Text.Json.Serialization.JsonSerializableAttribute";
    public const string JsonSerializerContext = "System.Text.Json.Serialization.JsonSerializerContext";
}
