namespace EventSchema.Validation;

/// <summary>
/// How JSON Schema counts the length of a string for <c>minLength</c> and <c>maxLength</c>: in code points, a surrogate
/// pair once and a lone surrogate once. One file, compiled into the runtime (generated validators) and the front end
/// (the generator's constant analyzer), so the build and the running code count alike.
/// </summary>
internal static class CodePoints
{
    public static int Length(string value)
    {
        int length = value.Length;
        for (int i = 0; i < value.Length - 1; i++)
        {
            if (char.IsHighSurrogate(value[i]) && char.IsLowSurrogate(value[i + 1]))
            {
                length--;
                i++;
            }
        }
        return length;
    }
}
