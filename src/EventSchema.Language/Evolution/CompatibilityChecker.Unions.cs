using System;
using System.Collections.Generic;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.Language.Evolution;

// Unions: a union's members and its discriminator are part of every payload that holds it. A reader knows the
// discriminator values of the members it was built with and refuses any other, so a removed member breaks new readers
// of stored data (backward), an added one breaks old readers of new data (forward), and a renamed discriminator
// property or a changed value breaks both.
public static partial class CompatibilityChecker
{
    private sealed partial class Run
    {
        /// <summary>One difference between a locked version of a union and a newer shape of it.</summary>
        private enum UnionChange { MemberRemoved, MemberAdded, DiscriminatorChanged, ValueChanged }

        private readonly record struct UnionDifference(UnionChange Change, UnionMemberShape? Locked, UnionMemberShape? Current);

        private List<UnionDifference> CompareUnions(DeclarationShape locked, DeclarationShape current)
        {
            var differences = new List<UnionDifference>();
            if (!string.Equals(locked.DiscriminatorProperty, current.DiscriminatorProperty, StringComparison.Ordinal))
            {
                differences.Add(new UnionDifference(UnionChange.DiscriminatorChanged, null, null));
            }
            var paired = new HashSet<UnionMemberShape>();
            foreach (var member in locked.UnionMembers)
            {
                var counterpart = Counterpart(member, current, paired);
                if (counterpart is null)
                {
                    differences.Add(new UnionDifference(UnionChange.MemberRemoved, member, null));
                    continue;
                }
                paired.Add(counterpart);
                if (!string.Equals(member.DiscriminatorValue, counterpart.DiscriminatorValue, StringComparison.Ordinal))
                {
                    differences.Add(new UnionDifference(UnionChange.ValueChanged, member, counterpart));
                }
            }
            foreach (var member in current.UnionMembers)
            {
                if (!paired.Contains(member)) differences.Add(new UnionDifference(UnionChange.MemberAdded, null, member));
            }
            return differences;
        }

        /// <summary>
        /// The current member a locked one became: the same record or event, the declaration it moved to (compared
        /// structurally, as every locked declaration is), or another record with the same discriminator value (the wire
        /// is the same; the record's own lock entry says whether its shape is).
        /// </summary>
        private UnionMemberShape? Counterpart(UnionMemberShape locked, DeclarationShape current, HashSet<UnionMemberShape> paired)
        {
            if (current.FindUnionMember(locked.MemberFullName) is { } same && !paired.Contains(same)) return same;
            if (_resolved.TryGetValue(locked.MemberFullName, out var moved) && moved is not null
                && current.FindUnionMember(moved.FullName) is { } movedMember && !paired.Contains(movedMember))
            {
                return movedMember;
            }
            if (locked.DiscriminatorValue is null) return null;
            foreach (var candidate in current.UnionMembers)
            {
                if (!paired.Contains(candidate) && string.Equals(candidate.DiscriminatorValue, locked.DiscriminatorValue, StringComparison.Ordinal)
                    && current.FindUnionMember(locked.MemberFullName) is null)
                {
                    return candidate;
                }
            }
            return null;
        }

        /// <summary>The current version is locked: any difference is an edit of a published version.</summary>
        private void CheckPublishedUnion(DeclarationContext context, DeclarationShape published, DeclarationShape derived)
        {
            var union = (UnionSymbol)context.Declaration;
            string where() => published.Location?.ToString() ?? "the lock file";
            string versionText = $"version {N(published.Version)} of union '{union.FullName}'";
            string bump = union.DeclaringField is { } field
                ? $"raise '@version' of '{field.ContainingRecord.FullName}' to {N(union.History.CurrentVersion + 1)} (a union written in place has its record's versions), or undo the edit"
                : $"raise the union's '@version' to {N(union.History.CurrentVersion + 1)}, or undo the edit";
            foreach (var difference in CompareUnions(published, derived))
            {
                switch (difference.Change)
                {
                    case UnionChange.DiscriminatorChanged:
                        Report(context, DiagnosticCatalog.PublishedVersionEdited, DiscriminatorSpan(context, union),
                            $"{Capitalize(versionText)} has the discriminator property \"{published.DiscriminatorProperty}\" in the lock file ({where()}), but the schema now names it \"{derived.DiscriminatorProperty}\"; {bump}.");
                        break;
                    case UnionChange.MemberRemoved:
                        Report(context, DiagnosticCatalog.PublishedVersionEdited, union.NameSpan,
                            $"{Capitalize(versionText)} has the member '{difference.Locked!.MemberFullName}' (discriminator value {difference.Locked.DescribeValue()}) in the lock file ({difference.Locked.Location?.ToString() ?? where()}), but the schema no longer has it; {bump}.");
                        break;
                    case UnionChange.MemberAdded:
                        Report(context, DiagnosticCatalog.PublishedVersionEdited, MemberSpan(difference.Current!, union),
                            $"{Capitalize(versionText)} is published without the member '{difference.Current!.MemberFullName}' ({where()}); {bump}.");
                        break;
                    case UnionChange.ValueChanged:
                        var (valueContext, valueSpan) = ValueSite(context, difference.Current!, union);
                        Report(valueContext, DiagnosticCatalog.PublishedVersionEdited, valueSpan,
                            $"{Capitalize(versionText)} tells '{difference.Locked!.MemberFullName}' apart by {difference.Locked.DescribeValue()} in the lock file ({difference.Locked.Location?.ToString() ?? where()}), but the schema now by {difference.Current!.DescribeValue()}; {bump}.");
                        break;
                }
            }
        }

        /// <summary>A new version against a locked one, under the declaration's mode.</summary>
        private void CheckNewUnion(DeclarationContext context, DeclarationShape published, DeclarationShape newest)
        {
            var union = (UnionSymbol)context.Declaration;
            bool backward = context.Mode.ChecksBackward(), forward = context.Mode.ChecksForward();
            string where() => published.Location?.ToString() ?? "the lock file";
            int older = published.Version, newer = newest.Version;
            foreach (var difference in CompareUnions(published, newest))
            {
                switch (difference.Change)
                {
                    case UnionChange.DiscriminatorChanged when backward || forward:
                        Break(context, DiagnosticBuilder.UnionDiscriminatorChangedDefinition, DiscriminatorSpan(context, union), published, newest, backwardBreak: backward,
                            $"Union '{union.FullName}' names its discriminator property \"{newest.DiscriminatorProperty}\" in version {N(newer)}, and \"{published.DiscriminatorProperty}\" in version {N(older)} ({where()}): neither reader finds the other's",
                            $"keep '@discriminator(\"{published.DiscriminatorProperty}\")'");
                        break;
                    case UnionChange.MemberRemoved when backward:
                        var removed = difference.Locked!;
                        Break(context, DiagnosticBuilder.UnionMemberRemovedDefinition, union.NameSpan, published, newest, backwardBreak: true,
                            $"Version {N(newer)} of union '{union.FullName}' has no member '{removed.MemberFullName}', which version {N(older)} has with the discriminator value {removed.DescribeValue()} ({removed.Location?.ToString() ?? where()}): stored values of it have a discriminator the new reader refuses",
                            "keep the member (mark its record '@deprecated'), or use a forward compatibility mode");
                        break;
                    case UnionChange.MemberAdded when forward:
                        var added = difference.Current!;
                        Break(context, DiagnosticBuilder.UnionMemberAddedDefinition, MemberSpan(added, union), published, newest, backwardBreak: false,
                            $"Version {N(newer)} of union '{union.FullName}' adds the member '{added.MemberFullName}' (discriminator value {added.DescribeValue()}), which version {N(older)} does not know ({where()}): old readers refuse its discriminator",
                            "declare a new union for the new member, or use a backward compatibility mode");
                        break;
                    case UnionChange.ValueChanged when backward || forward:
                        var (valueContext, valueSpan) = ValueSite(context, difference.Current!, union);
                        var lockedMember = difference.Locked!;
                        Break(valueContext, DiagnosticBuilder.UnionDiscriminatorValueChangedDefinition, valueSpan, published, newest, backwardBreak: backward,
                            $"Member '{difference.Current!.MemberFullName}' of union '{union.FullName}' has the discriminator value {difference.Current.DescribeValue()} in version {N(newer)}, and {lockedMember.DescribeValue()} in version {N(older)} ({lockedMember.Location?.ToString() ?? where()}): neither reader knows the other's value",
                            lockedMember.DiscriminatorValue is null
                                ? "remove its '@discriminatorValue', so its event type tells it apart again"
                                : $"keep '@discriminatorValue(\"{lockedMember.DiscriminatorValue}\")' on '{difference.Current.MemberFullName}'");
                        break;
                }
            }
        }

        /// <summary>The <c>@discriminator</c> of a union (on the field for one written in place), else its name.</summary>
        private TextSpan DiscriminatorSpan(DeclarationContext context, UnionSymbol union)
        {
            var decorators = union.DeclaringField is { } field ? _locator.SyntaxOf(field)?.Decorators : context.Syntax?.Decorators;
            return decorators is not null && SchemaLocator.DecoratorSpan(decorators, "discriminator") is { } span ? span : union.NameSpan;
        }

        private static TextSpan MemberSpan(UnionMemberShape member, UnionSymbol union) => member.Symbol?.Span ?? union.NameSpan;

        /// <summary>
        /// Where a member's discriminator value is written: the <c>@discriminatorValue</c> of its record (its name when the
        /// decorator is gone), in the record's file; the member in the union when the record is not in this compilation.
        /// </summary>
        private (DeclarationContext Context, TextSpan Span) ValueSite(DeclarationContext context, UnionMemberShape member, UnionSymbol union)
        {
            if (member.Symbol?.Record is { } record && _locator.TextOf(record) is { } text)
            {
                var decorators = _locator.SyntaxOf(record)?.Decorators;
                var span = decorators is not null && SchemaLocator.DecoratorSpan(decorators, "discriminatorValue") is { } decorator ? decorator : record.NameSpan;
                return (context with { Text = text }, span);
            }
            return (context, MemberSpan(member, union));
        }
    }
}
