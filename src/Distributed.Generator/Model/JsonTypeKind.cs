namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>How a type is serialized by the generated metadata: which <c>JsonMetadataServices</c> factory describes it.</summary>
internal enum JsonTypeKind
{
    /// <summary>A type System.Text.Json has a built-in converter for (primitives, string, Guid, DateTime...): <c>CreateValueInfo</c>.</summary>
    BuiltIn,

    /// <summary>An enum, written as its number: <c>GetEnumConverter</c>.</summary>
    Enum,

    /// <summary><c>Nullable&lt;T&gt;</c>: <c>GetNullableConverter</c>.</summary>
    Nullable,

    /// <summary><c>T[]</c>: <c>CreateArrayInfo</c>.</summary>
    Array,

    /// <summary><c>List&lt;T&gt;</c>: <c>CreateListInfo</c>.</summary>
    List,

    /// <summary><c>IList&lt;T&gt;</c>: <c>CreateIListInfo</c>, read back as a list.</summary>
    IList,

    /// <summary><c>ICollection&lt;T&gt;</c>: <c>CreateICollectionInfo</c>, read back as a list.</summary>
    ICollection,

    /// <summary><c>IEnumerable&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c>, <c>IReadOnlyCollection&lt;T&gt;</c>: <c>CreateIEnumerableInfo</c>, read back as a list.</summary>
    IEnumerable,

    /// <summary><c>Dictionary&lt;string, T&gt;</c>: <c>CreateDictionaryInfo</c>.</summary>
    Dictionary,

    /// <summary><c>IDictionary&lt;string, T&gt;</c>: <c>CreateIDictionaryInfo</c>, read back as a dictionary.</summary>
    IDictionary,

    /// <summary><c>IReadOnlyDictionary&lt;string, T&gt;</c>: <c>CreateIReadOnlyDictionaryInfo</c>, read back as a dictionary.</summary>
    IReadOnlyDictionary,

    /// <summary>A class, record or struct serialized property by property: <c>CreateObjectInfo</c>.</summary>
    Object,
}
