using NUnit.Framework;

namespace Greeter.Tests;

public sealed class GreetingTests
{
    [Test]
    public void GreetsByName() => Assert.That(Greeting.For("Ada"), Is.EqualTo("Hello, Ada!"));

    [Test]
    public void TrimsTheName() => Assert.That(Greeting.For("  Ada "), Is.EqualTo("Hello, Ada!"));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void GreetsAStrangerWhenTheNameIsBlank(string? name) => Assert.That(Greeting.For(name), Is.EqualTo("Hello, stranger!"));
}
