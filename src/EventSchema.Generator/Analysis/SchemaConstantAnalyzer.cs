using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using EventSchema.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace EventSchema.Generator.Analysis;

/// <summary>
/// Reports constants in C# that break a rule of a generated type: a scalar's <c>From</c> that always throws,
/// constants and collections of known size assigned to generated properties (in object initializers,
/// <c>with</c> expressions and assignments), and scalars made without <c>From</c>. The rules come from the
/// <c>[EventSchema.SchemaRules]</c> attributes the generator writes, so referenced contract assemblies are
/// checked the same way as the project's own schemas. Values that are not constants are not guessed at.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SchemaConstantAnalyzer : DiagnosticAnalyzer
{
    private const string AttributeMetadataName = "EventSchema.SchemaRulesAttribute";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ConstantDiagnosticDescriptors.All;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Without the runtime there are no generated types to check.
            INamedTypeSymbol? attributeType = start.Compilation.GetTypeByMetadataName(AttributeMetadataName);
            if (attributeType is null) return;

            var cache = new RuleCache(attributeType);
            start.RegisterOperationAction(operation => AnalyzeInvocation(operation, cache), OperationKind.Invocation);
            start.RegisterOperationAction(operation => AnalyzeAssignment(operation, cache), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(operation => AnalyzeDefault(operation, cache), OperationKind.ObjectCreation, OperationKind.DefaultValue);
        });
    }

    // Diagnostics are rare, so the project's help-link base is read when one is reported rather than per compilation.
    private static DiagnosticDescriptor Rule(OperationAnalysisContext context, DiagnosticDescriptor descriptor)
        => HelpLinks.Rebase(descriptor, HelpLinks.Base(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions));

    private static void AnalyzeInvocation(OperationAnalysisContext context, RuleCache cache)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod;
        if (method.Name != "From" || !method.IsStatic || invocation.Arguments.Length != 1) return;
        MemberRules? rules = cache.For(method.ContainingType);
        if (rules is null) return;

        IOperation argument = invocation.Arguments[0].Value;
        if (ConstantOf(argument) is not { HasValue: true } constant) return;
        object? value = constant.Value;
        List<BrokenRule> broken = ConstantRules.Check(rules, value);
        if (broken.Count == 0) return;

        // The first broken rule is the one From throws for, in the words of its exception.
        BrokenRule first = broken[0];
        string typeName = method.ContainingType.Name;
        string exception = Describe(value) + " is not a valid " + typeName + " (" + first.Code + "): it " + first.Message;
        context.ReportDiagnostic(Diagnostic.Create(
            Rule(context, ConstantDiagnosticDescriptors.FromAlwaysThrows), WrittenValue(invocation.Arguments[0].Syntax, argument), typeName, exception, first.Decorator, rules.Location));
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, RuleCache cache)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation target) return;
        MemberRules? rules = cache.For(target.Property);
        if (rules is null) return;

        IOperation value = assignment.Value;
        if (ConstantOf(value) is { HasValue: true } constant)
        {
            if (!rules.Required && !rules.HasValueRules) return;
            List<BrokenRule> broken = ConstantRules.Check(rules, constant.Value);
            if (broken.Count == 0) return;
            // Only a broken rule pays for climbing to the subject.
            string subject = MessageSubject.Of(assignment, rules, cache);
            foreach (BrokenRule rule in broken)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule(context, ConstantDiagnosticDescriptors.ConstantBreaksRule), WrittenValue(assignment.Syntax, value), subject, rule.Message, rule.Decorator, rules.Location));
            }
            return;
        }

        if (rules.ItemDisplayName is null) return;
        KnownItems? items = KnownItems.From(value);
        if (items is null) return;
        AnalyzeCollection(context, cache, assignment, target.Property.Type, rules, items);
    }

    private static void AnalyzeCollection(
        OperationAnalysisContext context, RuleCache cache, ISimpleAssignmentOperation assignment, ITypeSymbol propertyType, MemberRules rules, KnownItems items)
    {
        bool isSet = IsSet(propertyType);
        Location location = WrittenValue(assignment.Syntax, assignment.Value);

        // Each constant item against the item rules, and against the items before it.
        var seen = new Dictionary<object, IOperation>();
        int distinctConstants = 0;
        bool allConstant = true;
        for (int i = 0; i < items.Items.Count; i++)
        {
            IOperation item = items.Items[i];
            if (!item.ConstantValue.HasValue)
            {
                allConstant = false;
                continue;
            }
            object? constant = item.ConstantValue.Value;
            if (rules.HasValueRules && constant is not null)
            {
                string subject = MessageSubject.OfItem(assignment, rules, i, cache);
                foreach (BrokenRule rule in ConstantRules.Check(rules, constant))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Rule(context, ConstantDiagnosticDescriptors.ConstantBreaksRule), item.Syntax.GetLocation(), subject, rule.Message, rule.Decorator, rules.Location));
                }
            }
            object key = constant ?? NullKey;
            if (!seen.ContainsKey(key))
            {
                seen.Add(key, item);
                distinctConstants++;
                continue;
            }
            string subjectOfList = MessageSubject.Of(assignment, rules, cache);
            if (isSet)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule(context, ConstantDiagnosticDescriptors.DuplicateSetItem), item.Syntax.GetLocation(), subjectOfList, Describe(constant), rules.Location));
            }
            else if (rules.UniqueItems)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule(context, ConstantDiagnosticDescriptors.DuplicateItem), item.Syntax.GetLocation(), subjectOfList, Emit.RuleMessages.UniqueItems, Describe(constant), rules.Location));
            }
        }

        if (rules.MinItems is null && rules.MaxItems is null) return;
        // A set keeps one of equal items: its size is known only when every item is a constant.
        int? count = isSet ? (items.Count is not null && allConstant ? distinctConstants : null) : items.Count;
        if (count is not int size) return;
        string collectionSubject = MessageSubject.Of(assignment, rules, cache);
        string sizeText = size.ToString(CultureInfo.InvariantCulture) + (size == 1 ? " item" : " items");
        if (rules.MinItems is int min && size < min)
        {
            using var culture = Building.CultureScope.Invariant();
            context.ReportDiagnostic(Diagnostic.Create(
                Rule(context, ConstantDiagnosticDescriptors.CollectionSizeBreaksRule), location, collectionSubject, Emit.RuleMessages.MinItems(min), sizeText, MemberRules.Decorator("minItems", min), rules.Location));
        }
        if (rules.MaxItems is int max && size > max)
        {
            using var culture = Building.CultureScope.Invariant();
            context.ReportDiagnostic(Diagnostic.Create(
                Rule(context, ConstantDiagnosticDescriptors.CollectionSizeBreaksRule), location, collectionSubject, Emit.RuleMessages.MaxItems(max), sizeText, MemberRules.Decorator("maxItems", max), rules.Location));
        }
    }

    private static void AnalyzeDefault(OperationAnalysisContext context, RuleCache cache)
    {
        IOperation operation = context.Operation;
        if (operation.IsImplicit || operation.Type is not INamedTypeSymbol { IsValueType: true } type) return;
        if (operation is IObjectCreationOperation creation && (creation.Constructor is null || creation.Constructor.Parameters.Length != 0 || creation.Initializer is not null && creation.Initializer.Initializers.Length > 0))
        {
            return;
        }
        MemberRules? rules = cache.For(type);
        if (rules is null) return;

        // A text scalar's default holds null; a number's holds zero.
        object? value = rules.Required ? null : 0m;
        List<BrokenRule> broken = ConstantRules.Check(rules, value);
        if (broken.Count == 0) return;
        BrokenRule first = broken[0];
        string written = operation is IObjectCreationOperation ? "new " + type.Name + "()" : "default(" + type.Name + ")";
        context.ReportDiagnostic(Diagnostic.Create(
            Rule(context, ConstantDiagnosticDescriptors.DefaultScalar), operation.Syntax.GetLocation(),
            written, type.Name, value is null ? "null" : "0", rules.DisplayName, first.Message, first.Decorator, rules.Location));
    }

    // A constant as the compiler folds it; a constant converted to a nullable value type (int? Age = 5) keeps its value.
    private static Optional<object?>? ConstantOf(IOperation value)
    {
        if (value.ConstantValue.HasValue) return value.ConstantValue;
        if (value is IConversionOperation { IsImplicit: true, Operand.ConstantValue.HasValue: true } conversion
            && value.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T })
        {
            return conversion.Operand.ConstantValue;
        }
        return null;
    }

    // The value expression as written, with a null-forgiving ! or parentheses the operation tree leaves out.
    private static Location WrittenValue(SyntaxNode parent, IOperation value)
    {
        SyntaxNode node = parent switch
        {
            Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax assignment => assignment.Right,
            Microsoft.CodeAnalysis.CSharp.Syntax.ArgumentSyntax argument => argument.Expression,
            _ => value.Syntax,
        };
        while (node.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.ParenthesizedExpressionSyntax
            || node.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.PostfixUnaryExpressionSyntax postfix && postfix.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SuppressNullableWarningExpression))
        {
            node = node.Parent;
        }
        return node.GetLocation();
    }

    // The generated set properties are IReadOnlySet<T> or ISet<T>.
    private static bool IsSet(ITypeSymbol type)
        => type is INamedTypeSymbol { Name: "IReadOnlySet" or "ISet", Arity: 1 } named
            && named.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic";

    private static readonly object NullKey = new();

    // A constant as C# writes it, so control and invisible characters show as escapes in the message.
    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => Emit.CSharpLiterals.String(text),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        System.IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
