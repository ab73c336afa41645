namespace ModularPipelines.Distributed;

/// <summary>
/// Declares that the module starts only after <typeparamref name="TModule"/> has finished, and may read its
/// result with <see cref="IModuleContext.GetModule{TModule}()"/>. On a matrix module, the dependency waits for
/// every matrix instance.
/// </summary>
/// <typeparam name="TModule">The module depended on.</typeparam>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class DependsOnAttribute<TModule> : Attribute
    where TModule : ModuleBase
{
}
