namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>Where a generated factory gets one constructor argument from, decided by the parser.</summary>
internal enum ConstructorArgumentSource
{
    /// <summary>The <c>IServiceProvider</c> the factory is given: the parameter is the provider itself.</summary>
    ServiceProvider,

    /// <summary>The parameter's default value: a non-nullable value type with a default is not a service at all.</summary>
    DefaultValue,

    /// <summary><c>GetService</c>: the parameter is nullable, or its default is <c>null</c>.</summary>
    OptionalService,

    /// <summary><c>GetService</c>, falling back to the parameter's default value when the service is not registered.</summary>
    OptionalServiceOrDefault,

    /// <summary><c>GetRequiredService</c>: the service must be registered.</summary>
    RequiredService,
}
