using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ModularPipelines.Distributed.CodeFixes;

/// <summary>
/// Removes attributes and elements of comma-separated lists in one pass, so that several removals in the same list
/// (what Fix All produces) never conflict the way separate edits of neighbouring commas would.
/// </summary>
internal static class SyntaxRemoval
{
    /// <summary>
    /// Removes every node: an attribute (with its <c>[...]</c> list, and the list's line, when no attribute of the list
    /// is left), an attribute argument, an array initializer element or a collection expression element.
    /// </summary>
    public static SyntaxNode Remove(SyntaxNode root, IEnumerable<SyntaxNode> nodes)
    {
        var distinct = nodes.Distinct().ToList();
        var wholeLists = new List<AttributeListSyntax>();
        var elements = new List<SyntaxNode>();
        foreach (var group in distinct.OfType<AttributeSyntax>().Where(a => a.Parent is AttributeListSyntax).GroupBy(a => (AttributeListSyntax)a.Parent!))
        {
            if (group.Count() == group.Key.Attributes.Count)
            {
                wholeLists.Add(group.Key);
            }
            else
            {
                elements.AddRange(group);
            }
        }

        elements.AddRange(distinct.Where(n => n is not AttributeSyntax));
        var removedByList = elements
            .Where(e => e.Parent is not null && !wholeLists.Any(l => l.Span.Contains(e.Span)))
            .GroupBy(e => e.Parent!)
            .ToDictionary(g => g.Key, g => new HashSet<int>(g.Select(IndexInList).Where(i => i >= 0)));
        if (wholeLists.Count == 0 && removedByList.Count == 0)
        {
            return root;
        }

        root = root.TrackNodes(wholeLists.Cast<SyntaxNode>().Concat(removedByList.Keys));
        foreach (var pair in removedByList)
        {
            if (root.GetCurrentNode(pair.Key) is { } list && Without(list, pair.Value) is { } rebuilt)
            {
                root = root.ReplaceNode(list, rebuilt);
            }
        }

        foreach (var list in wholeLists)
        {
            root = RemoveList(root, list);
        }

        return root;
    }

    private static int IndexInList(SyntaxNode element) => element.Parent switch
    {
        AttributeListSyntax list when element is AttributeSyntax attribute => list.Attributes.IndexOf(attribute),
        AttributeArgumentListSyntax list when element is AttributeArgumentSyntax argument => list.Arguments.IndexOf(argument),
        InitializerExpressionSyntax list when element is ExpressionSyntax expression => list.Expressions.IndexOf(expression),
        CollectionExpressionSyntax list when element is CollectionElementSyntax collectionElement => list.Elements.IndexOf(collectionElement),
        _ => -1,
    };

    private static SyntaxNode? Without(SyntaxNode list, HashSet<int> removed) => list switch
    {
        AttributeListSyntax attributes => attributes.WithAttributes(Without(attributes.Attributes, removed)),
        AttributeArgumentListSyntax arguments => arguments.WithArguments(Without(arguments.Arguments, removed)),
        InitializerExpressionSyntax initializer => initializer.WithExpressions(Without(initializer.Expressions, removed)),
        CollectionExpressionSyntax collection => collection.WithElements(Without(collection.Elements, removed)),
        _ => null,
    };

    /// <summary>
    /// The list without the elements at <paramref name="removed"/>. Each kept element keeps the comma that followed it;
    /// when the last element goes, the new last one takes over its trailing trivia (the space before <c>}</c>, say).
    /// </summary>
    private static SeparatedSyntaxList<T> Without<T>(SeparatedSyntaxList<T> list, HashSet<int> removed)
        where T : SyntaxNode
    {
        var lastKept = -1;
        for (var i = 0; i < list.Count; i++)
        {
            if (!removed.Contains(i))
            {
                lastKept = i;
            }
        }

        var last = list.Count - 1;
        var trailingSeparator = list.SeparatorCount == list.Count;
        var kept = new List<SyntaxNodeOrToken>();
        for (var i = 0; i <= lastKept; i++)
        {
            if (removed.Contains(i))
            {
                continue;
            }

            var node = list[i];
            if (i < lastKept)
            {
                kept.Add(node);
                kept.Add(list.GetSeparator(i));
            }
            else if (i == last)
            {
                kept.Add(node);
                if (trailingSeparator)
                {
                    kept.Add(list.GetSeparator(i));
                }
            }
            else if (trailingSeparator)
            {
                kept.Add(node);
                kept.Add(list.GetSeparator(i).WithTrailingTrivia(list.GetSeparator(last).TrailingTrivia));
            }
            else
            {
                kept.Add(node.WithTrailingTrivia(node.GetTrailingTrivia().AddRange(list[last].GetTrailingTrivia())));
            }
        }

        return SyntaxFactory.SeparatedList<T>(kept);
    }

    /// <summary>
    /// Removes an attribute list. A list on a line of its own goes with the line (comments and directives before it
    /// stay); a list sharing its line with code leaves the line and the code's layout as they were.
    /// </summary>
    private static SyntaxNode RemoveList(SyntaxNode root, AttributeListSyntax original)
    {
        if (root.GetCurrentNode(original) is not { } list)
        {
            return root;
        }

        var leading = list.GetLeadingTrivia();
        var trailing = list.GetTrailingTrivia();
        var previous = list.GetFirstToken().GetPreviousToken(includeZeroWidth: true);
        var next = list.GetLastToken().GetNextToken(includeZeroWidth: true);
        var startsLine = previous == default || previous.TrailingTrivia.Any(IsLineBreak) || leading.Any(IsLineBreak);
        var endsLine = trailing.Any(IsLineBreak);
        if (!startsLine && endsLine && previous != default)
        {
            // "[A][B]" then a line break: the line break after [B] now ends [A]'s line.
            root = root.ReplaceToken(previous, previous.WithTrailingTrivia(previous.TrailingTrivia.AddRange(trailing)));
        }
        else if (next != default)
        {
            var kept = startsLine && endsLine ? WithoutIndentation(leading) : leading;
            if (kept.Count > 0)
            {
                root = root.ReplaceToken(next, next.WithLeadingTrivia(kept.AddRange(next.LeadingTrivia)));
            }
        }

        list = root.GetCurrentNode(original)!;
        return root.RemoveNode(list, SyntaxRemoveOptions.KeepNoTrivia | SyntaxRemoveOptions.KeepUnbalancedDirectives)!;
    }

    private static bool IsLineBreak(SyntaxTrivia trivia) => trivia.IsKind(SyntaxKind.EndOfLineTrivia);

    /// <summary>The trivia without the whitespace that indents the line it ends on.</summary>
    private static SyntaxTriviaList WithoutIndentation(SyntaxTriviaList leading)
    {
        if (leading.Count == 0 || !leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia))
        {
            return leading;
        }

        // Documentation comments and directives end with their own line break.
        var before = leading.Count > 1 ? leading[leading.Count - 2] : default;
        var startsLine = leading.Count == 1 || before.IsKind(SyntaxKind.EndOfLineTrivia) || before.HasStructure;
        return startsLine ? leading.RemoveAt(leading.Count - 1) : leading;
    }
}
