using System;
using System.Collections.Generic;
using System.Linq;
using EventSchema.Language.References;
using EventSchema.Language.Semantics;

namespace EventSchema.Generator.Building;

/// <summary>
/// The C# name of every declaration, property and enum member of a schema compilation, chosen once so
/// that a reference from one file and the declaration in another always agree. Choices depend only on
/// declaration order, so they are stable from build to build.
/// </summary>
internal sealed class CSharpNameTable
{
    private readonly Dictionary<DeclarationSymbol, string> _typeNames = new();
    private readonly Dictionary<DeclarationSymbol, string> _namespaces = new();
    private readonly Dictionary<EnumSymbol, string> _extensionNames = new();
    private readonly Dictionary<RecordSymbol, string> _interfaceNames = new();
    private readonly Dictionary<FieldSymbol, string> _propertyNames = new();
    private readonly Dictionary<EnumMemberSymbol, string> _memberNames = new();
    // Lazily filled below; specs of different files may be built from one table by concurrent runs of a driver.
    private readonly object _gate = new();
    private readonly Dictionary<string, string> _pascal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _csharpNamespaces = new(StringComparer.Ordinal);
    private readonly string _namespacePrefix;
    // Declarations of referenced assemblies keep the names their own build gave them.
    private readonly Dictionary<DeclarationSymbol, ReferencedNames> _referenced = new();

    public CSharpNameTable(IEnumerable<DeclarationSymbol> declarations, string namespacePrefix)
        : this(declarations, namespacePrefix, ReferencedSchemas.Empty)
    {
    }

    public CSharpNameTable(IEnumerable<DeclarationSymbol> declarations, string namespacePrefix, ReferencedSchemas references)
    {
        _namespacePrefix = namespacePrefix;
        foreach (DeclarationSymbol external in references.Declarations)
        {
            if (ReferencedNames.Decode(references.GetHostData(external)) is { } names) _referenced[external] = names;
        }
        var takenByNamespace = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var ordered = declarations.ToList();

        // Names usable as written first, so a suffixed name ('equals' becomes EqualsType) never takes the name another
        // declaration has as written (a record EqualsType keeps it; 'equals' becomes EqualsType2).
        var suffixed = new List<DeclarationSymbol>();
        foreach (DeclarationSymbol declaration in ordered)
        {
            string ns = Namespace(declaration.Namespace);
            _namespaces[declaration] = ns;
            if (!takenByNamespace.TryGetValue(ns, out HashSet<string>? taken))
            {
                taken = new HashSet<string>(StringComparer.Ordinal);
                takenByNamespace[ns] = taken;
            }
            string name = Pascal(declaration.Name);
            if (!taken.Contains(name) && !CSharpNames.DeclaredMemberNames(declaration).Contains(name) && !CSharpNames.IsKeyword(name))
            {
                taken.Add(name);
                _typeNames[declaration] = name;
            }
            else
            {
                suffixed.Add(declaration);
            }
        }
        foreach (DeclarationSymbol declaration in suffixed)
        {
            _typeNames[declaration] = CSharpNames.Unique(Pascal(declaration.Name), takenByNamespace[_namespaces[declaration]], "Type", CSharpNames.DeclaredMemberNames(declaration));
        }

        // Which records another spreads, by name and from these declarations alone: a symbol's own IsSpread is shared
        // with the compilations that kept it, which may see other spreads.
        var spread = new HashSet<string>(StringComparer.Ordinal);
        foreach (DeclarationSymbol declaration in ordered)
        {
            if (declaration is not RecordSymbol record) continue;
            foreach (var target in record.Spreads) spread.Add(target.FullName);
        }

        // Helper classes come after every declared name, so a declared name never moves because of one.
        foreach (DeclarationSymbol declaration in ordered)
        {
            if (declaration is EnumSymbol enumSymbol)
            {
                _extensionNames[enumSymbol] = CSharpNames.Unique(_typeNames[enumSymbol] + "Extensions", takenByNamespace[_namespaces[enumSymbol]], "Helpers");
            }
            else if (declaration is RecordSymbol shared && spread.Contains(shared.FullName))
            {
                // The shared part of the records that spread this one.
                _interfaceNames[shared] = CSharpNames.Unique("I" + _typeNames[shared], takenByNamespace[_namespaces[shared]], "Fields");
            }
        }

        // Property and enum member names depend only on their own declaration, so they are chosen when first asked
        // for: a run that builds the specs of a few files does not name the members of every other file.
    }

    private void NameMembers(RecordSymbol record)
    {
        var takenMembers = new HashSet<string>(CSharpNames.RecordMemberNames, StringComparer.Ordinal) { _typeNames[record] };
        if (record.IsEvent) takenMembers.UnionWith(CSharpNames.EventMemberNames);
        else if (record.Summary is not null) takenMembers.Add(CSharpNames.DescribeMethod);
        foreach (FieldSymbol field in record.Fields)
        {
            _propertyNames[field] = CSharpNames.Unique(Pascal(field.Name), takenMembers, "Field");
        }
    }

    private void NameMembers(EnumSymbol enumSymbol)
    {
        // A member may not take the enum's own name (CS0542) or the backing field's.
        var takenEnumMembers = new HashSet<string>(StringComparer.Ordinal) { _typeNames[enumSymbol], "value__" };
        foreach (EnumMemberSymbol member in enumSymbol.Members)
        {
            _memberNames[member] = CSharpNames.Unique(Pascal(member.Name), takenEnumMembers, "Value");
        }
    }

    // The same schema names recur across declarations, so each is converted once per table.
    private string Pascal(string schemaName)
    {
        if (!_pascal.TryGetValue(schemaName, out string? pascal)) _pascal[schemaName] = pascal = CSharpNames.Pascal(schemaName);
        return pascal;
    }

    /// <summary>The C# namespace of a schema namespace, with the configured prefix; each segment in PascalCase.</summary>
    public string Namespace(string schemaNamespace)
    {
        lock (_gate)
        {
            if (!_csharpNamespaces.TryGetValue(schemaNamespace, out string? ns)) _csharpNamespaces[schemaNamespace] = ns = NewNamespace(schemaNamespace);
            return ns;
        }
    }

    private string NewNamespace(string schemaNamespace)
    {
        var segments = new List<string>();
        if (_namespacePrefix.Length > 0) segments.AddRange(_namespacePrefix.Split('.').Select(s => s.Trim()).Where(s => s.Length > 0));
        if (schemaNamespace.Length > 0) segments.AddRange(schemaNamespace.Split('.').Select(CSharpNames.Pascal));
        return string.Join(".", segments.Select(s => CSharpNames.IsKeyword(s) ? "@" + s : s));
    }

    public string TypeName(DeclarationSymbol declaration)
        => _referenced.TryGetValue(declaration, out ReferencedNames? names) ? names.TypeName : _typeNames[declaration];

    public string FullTypeName(DeclarationSymbol declaration)
    {
        if (_referenced.TryGetValue(declaration, out ReferencedNames? names)) return names.FullTypeName;
        string ns = _namespaces[declaration];
        return ns.Length == 0 ? "global::" + _typeNames[declaration] : "global::" + ns + "." + _typeNames[declaration];
    }

    /// <summary>The C# type of a referenced scalar's value in its own assembly; null for a scalar of this compilation.</summary>
    public string? ReferencedUnderlyingTypeName(ScalarSymbol scalar)
        => _referenced.TryGetValue(scalar, out ReferencedNames? names) && names.UnderlyingTypeName.Length > 0 ? names.UnderlyingTypeName : null;

    public string ExtensionsName(EnumSymbol enumSymbol) => _extensionNames[enumSymbol];

    /// <summary>The C# interface of a record that other records spread; null when none spreads it, or it is a referenced assembly's.</summary>
    public string? InterfaceName(RecordSymbol record) => _interfaceNames.TryGetValue(record, out string? name) ? name : null;

    public string? FullInterfaceName(RecordSymbol record)
    {
        if (!_interfaceNames.TryGetValue(record, out string? name)) return null;
        string ns = _namespaces[record];
        return ns.Length == 0 ? "global::" + name : "global::" + ns + "." + name;
    }

    public string FullExtensionsName(EnumSymbol enumSymbol)
    {
        if (_referenced.TryGetValue(enumSymbol, out ReferencedNames? names)) return names.FullExtensionsName;
        string ns = _namespaces[enumSymbol];
        return ns.Length == 0 ? "global::" + _extensionNames[enumSymbol] : "global::" + ns + "." + _extensionNames[enumSymbol];
    }

    public string PropertyName(FieldSymbol field)
    {
        if (_referenced.TryGetValue(field.ContainingRecord, out ReferencedNames? names))
        {
            int index = IndexOf(field.ContainingRecord.Fields, field);
            return index >= 0 && index < names.Properties.Count ? names.Properties[index] : CSharpNames.Pascal(field.Name);
        }
        lock (_gate)
        {
            if (!_propertyNames.ContainsKey(field)) NameMembers(field.ContainingRecord);
            return _propertyNames[field];
        }
    }

    public string MemberName(EnumMemberSymbol member)
    {
        if (_referenced.TryGetValue(member.ContainingEnum, out ReferencedNames? names))
        {
            int index = IndexOf(member.ContainingEnum.Members, member);
            return index >= 0 && index < names.Members.Count ? names.Members[index] : CSharpNames.Pascal(member.Name);
        }
        lock (_gate)
        {
            if (!_memberNames.ContainsKey(member)) NameMembers(member.ContainingEnum);
            return _memberNames[member];
        }
    }

    private static int IndexOf<T>(IReadOnlyList<T> items, T item) where T : class
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (ReferenceEquals(items[i], item)) return i;
        }
        return -1;
    }
}
