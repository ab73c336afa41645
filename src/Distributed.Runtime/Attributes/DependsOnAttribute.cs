namespace ModularPipelines.Distributed;

/// <summary>
/// Declares that the module starts only after <typeparamref name="TModule"/> has finished, and may read its
/// result with <see cref="IModuleContext.GetModule{TModule}()"/>. On a matrix module, the dependency waits for
/// every matrix instance. On an abstract module class, it waits for every concrete module of the compilation that
/// derives from it (directly or not, the declaring module itself excepted), each of which it may then read.
/// </summary>
/// <typeparam name="TModule">The module depended on, or an abstract module class whose concrete modules are.</typeparam>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class DependsOnAttribute<TModule> : Attribute
    where TModule : ModuleBase
{
    /// <summary>
    /// Whether the run may go without <typeparamref name="TModule"/>: when it is in the run, the order holds as for any
    /// dependency (its failure still skips this module), but selecting this module with <c>--module</c> does not pull it
    /// in, and when the selection leaves it out, this module runs without waiting for it. Defaults to <see langword="false"/>.
    /// </summary>
    public bool Optional { get; set; }
}
