using System;
using System.Collections.Generic;
using System.Linq;
using EventSchema.Generator.Model;
using EventSchema.Language.Semantics;

namespace EventSchema.Generator.Building;

/// <summary>
/// The C# side of <c>...ReportedFact;</c>: the interface of a spread record (its own fields as read-only properties,
/// extending the interfaces of what it spreads in turn), the interfaces each record implements, and the members it
/// implements explicitly because its property of the same field got another C# name.
/// </summary>
internal sealed class SharedFieldSpecBuilder(CSharpNameTable names, Func<FieldSymbol, string> propertyType)
{
    public SharedInterfaceSpec? Interface(RecordSymbol record)
    {
        if (names.InterfaceName(record) is not { } name) return null;
        return new SharedInterfaceSpec
        {
            Name = name,
            Bases = record.Spreads.Select(names.FullInterfaceName).OfType<string>().Distinct().ToEquatableArray(),
            Members = record.Fields
                .Where(field => field.SpreadFrom is null)
                .Select(field => new InterfaceMemberSpec
                {
                    Name = names.PropertyName(field),
                    TypeName = propertyType(field),
                    Documentation = field.Documentation,
                    SchemaName = field.Name,
                })
                .ToEquatableArray(),
        };
    }

    public EquatableArray<string> Implements(RecordSymbol record)
    {
        var interfaces = new List<string>();
        if (names.FullInterfaceName(record) is { } own) interfaces.Add(own);
        foreach (RecordSymbol spread in record.Spreads)
        {
            if (names.FullInterfaceName(spread) is { } shared && !interfaces.Contains(shared)) interfaces.Add(shared);
        }
        return interfaces.ToEquatableArray();
    }

    public EquatableArray<ExplicitMemberSpec> ExplicitMembers(RecordSymbol record)
    {
        if (record.Spreads.Count == 0) return EquatableArray<ExplicitMemberSpec>.Empty;
        var members = new List<ExplicitMemberSpec>();
        foreach (RecordSymbol shared in SpreadClosure(record))
        {
            if (names.FullInterfaceName(shared) is not { } interfaceName) continue;
            foreach (FieldSymbol declared in shared.Fields)
            {
                if (declared.SpreadFrom is not null) continue;
                FieldSymbol? copy = record.Fields.FirstOrDefault(field => ReferenceEquals(field.Origin, declared));
                if (copy is null) continue;
                string interfaceProperty = names.PropertyName(declared);
                string property = names.PropertyName(copy);
                if (interfaceProperty == property) continue;
                members.Add(new ExplicitMemberSpec { Interface = interfaceName, Name = interfaceProperty, TypeName = propertyType(declared), PropertyName = property });
            }
        }
        return members.ToEquatableArray();
    }

    /// <summary>Every record spread into <paramref name="record"/>, directly or through another spread, each once.</summary>
    private static List<RecordSymbol> SpreadClosure(RecordSymbol record)
    {
        var result = new List<RecordSymbol>();
        var pending = new Stack<RecordSymbol>(record.Spreads);
        while (pending.Count > 0)
        {
            RecordSymbol next = pending.Pop();
            if (result.Contains(next)) continue;
            result.Add(next);
            foreach (RecordSymbol inner in next.Spreads) pending.Push(inner);
        }
        return result;
    }
}
