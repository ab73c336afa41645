using ModularPipelines.Distributed.Generator.Parser;
using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Caching;

/// <summary>
/// The declaration hash decides whether modules are parsed again: an edit it ignores must not be able to change a
/// module's spec, and every other edit must change it.
/// </summary>
public sealed class DeclarationShapeTests
{
    private const string Source = """
        #nullable enable
        namespace Sample.Shape;

        /// <summary>Docs.</summary>
        [System.Obsolete("old")]
        public sealed class Holder
        {
            public const string Name = "holder";

            private static readonly int Seed = 1;

            public int Count { get; set; } = 3;

            public string Text => "text";

            public Holder(int count) : this()
            {
                Count = count;
            }

            public Holder()
            {
            }

            public int Twice(int value = 2)
            {
                int Local() => value * 2;
                return Local();
            }
        }
        """;

    [TestCase("Count = count;", "Count = count + 1;", TestName = "ConstructorBodyEditKeepsTheShape")]
    [TestCase("=> value * 2;", "=> value * 3;", TestName = "LocalFunctionEditKeepsTheShape")]
    [TestCase("public string Text => \"text\";", "public string Text => \"other\";", TestName = "ExpressionBodyEditKeepsTheShape")]
    [TestCase("{ get; set; } = 3;", "{ get; set; } = 4;", TestName = "PropertyInitializerEditKeepsTheShape")]
    [TestCase("Seed = 1;", "Seed = 2;", TestName = "NonConstantFieldInitializerEditKeepsTheShape")]
    [TestCase(": this()", ": base()", TestName = "ConstructorInitializerEditKeepsTheShape")]
    [TestCase("/// <summary>Docs.</summary>", "/// <summary>Other docs.</summary>", TestName = "DocumentationCommentEditKeepsTheShape")]
    [TestCase("public sealed class Holder", "public  sealed  class  Holder", TestName = "WhitespaceEditKeepsTheShape")]
    public void EditOutsideDeclarationsKeepsTheShape(string oldText, string newText)
    {
        Assert.That(Shape(Source.Edit(oldText, newText)), Is.EqualTo(Shape(Source)));
    }

    [TestCase("\"holder\"", "\"other\"", TestName = "ConstantEditChangesTheShape")]
    [TestCase("\"old\"", "\"new\"", TestName = "AttributeArgumentEditChangesTheShape")]
    [TestCase("int value = 2", "int value = 3", TestName = "DefaultParameterValueEditChangesTheShape")]
    [TestCase("public int Count { get; set; }", "public int Count { get; init; }", TestName = "AccessorKindEditChangesTheShape")]
    [TestCase("public Holder(int count)", "public Holder(long count)", TestName = "ParameterTypeEditChangesTheShape")]
    [TestCase("#nullable enable", "#nullable disable", TestName = "NullableDirectiveEditChangesTheShape")]
    [TestCase("int Local() => value * 2;", "#nullable disable\n        int Local() => value * 2;", TestName = "DirectiveInsideABodyChangesTheShape")]
    [TestCase("public string Text => \"text\";", "public string Text;", TestName = "PropertyBecomingAFieldChangesTheShape")]
    public void DeclarationEditChangesTheShape(string oldText, string newText)
    {
        Assert.That(Shape(Source.Edit(oldText, newText)), Is.Not.EqualTo(Shape(Source)));
    }

    [Test]
    public void SameTextAtAnotherPathHasAnotherShape()
    {
        // File-local types are scoped to their file, so the path is part of what a tree declares.
        Assert.That(Shape(Source, "/src/Other.cs"), Is.Not.EqualTo(Shape(Source)));
    }

    [Test]
    public void CandidatesAreTheConcreteNonGenericClassesWithABaseList()
    {
        var tree = TestCompilation.Parse("""
            public sealed class Module1 : Base { public sealed class Nested : Base { } }
            public abstract class Base { }
            public sealed class Generic<T> : Base { }
            public sealed class NoBase { }
            public static class Helpers { }
            public sealed record Result(int Value) : Base;
            """, "/src/Candidates.cs");

        var candidates = DeclarationShape.Read(tree, CancellationToken.None).Candidates;

        Assert.That(candidates.Select(c => c.Identifier.Text), Is.EqualTo(new[] { "Module1", "Nested" }));
    }

    private static ulong Shape(string source, string path = "/src/Shape.cs") =>
        DeclarationShape.Read(TestCompilation.Parse(source, path), CancellationToken.None).Shape;
}
