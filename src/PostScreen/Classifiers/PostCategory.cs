namespace PostScreen.Classifiers;

/// <summary>The post-level categories a classifier scores (PS2001, PS2002, PS3001, PS4001).</summary>
internal enum PostCategory
{
    Anecdote = 0,
    Disrespect = 1,
    AdviceRequest = 2,
    AdviceGiven = 3,
}

internal static class PostCategories
{
    public static readonly PostCategory[] All = [PostCategory.Anecdote, PostCategory.Disrespect, PostCategory.AdviceRequest, PostCategory.AdviceGiven];

    /// <summary>The corpus label of a category (<c>advice_request</c>).</summary>
    public static string Label(this PostCategory category) => category switch
    {
        PostCategory.Anecdote => "anecdote",
        PostCategory.Disrespect => "disrespect",
        PostCategory.AdviceRequest => "advice_request",
        _ => "advice_given",
    };

    public static DiagnosticDescriptor Descriptor(this PostCategory category) => category switch
    {
        PostCategory.Anecdote => Descriptors.PatientAnecdote,
        PostCategory.Disrespect => Descriptors.DisrespectfulTone,
        PostCategory.AdviceRequest => Descriptors.AdviceRequest,
        _ => Descriptors.AdviceGiven,
    };
}
