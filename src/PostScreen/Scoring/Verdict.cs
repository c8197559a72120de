namespace PostScreen;

/// <summary>What to do with the post.</summary>
public enum Verdict
{
    /// <summary>Nothing at Warning or above: publish.</summary>
    Pass,

    /// <summary>At least one Warning and no Error: a person should review it.</summary>
    Review,

    /// <summary>At least one Error: do not publish as written.</summary>
    Block,
}
