namespace EventSchema.Language.References;

/// <summary>One declaration as a referenced assembly describes it.</summary>
/// <param name="Namespace">Its schema namespace.</param>
/// <param name="Name">Its schema name.</param>
/// <param name="Text">
/// The declaration in schema syntax, self-contained: type names fully qualified, every field with its final
/// <c>@json</c> name, every event with its <c>@type</c> and <c>@version</c> (see <see cref="DeclarationTextWriter"/>).
/// </param>
/// <param name="HostData">
/// What the host that built the assembly needs to use the declaration (the generator keeps the C# names of the
/// type and its members here); the front end keeps it as it is.
/// </param>
public sealed record ReferencedDeclaration(string Namespace, string Name, string Text, string HostData);
