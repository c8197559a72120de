namespace PostScreen;

/// <summary>
/// The HIPAA Safe Harbor identifier kinds of DESIGN.md. The numeric value is the last two digits
/// of the PHI diagnostic ID (<see cref="Name"/> is PS1001).
/// </summary>
public enum EntityKind
{
    /// <summary>A person's name (PS1001, <c>NAME</c>).</summary>
    Name = 1,
    /// <summary>A street address (PS1002, <c>ADDRESS</c>).</summary>
    Address = 2,
    /// <summary>A city, county, facility or other place smaller than a state (PS1003, <c>LOCATION</c>).</summary>
    Location = 3,
    /// <summary>A ZIP code or UK postcode (PS1004, <c>ZIP</c>).</summary>
    Zip = 4,
    /// <summary>Any element of a date but the year (PS1005, <c>DATE</c>).</summary>
    Date = 5,
    /// <summary>An age over 89 (PS1006, <c>AGE</c>).</summary>
    Age = 6,
    /// <summary>A telephone number (PS1007, <c>PHONE</c>).</summary>
    Phone = 7,
    /// <summary>A fax number (PS1008, <c>FAX</c>).</summary>
    Fax = 8,
    /// <summary>An email address (PS1009, <c>EMAIL</c>).</summary>
    Email = 9,
    /// <summary>A Social Security number (PS1010, <c>SSN</c>).</summary>
    Ssn = 10,
    /// <summary>A medical record number (PS1011, <c>MRN</c>).</summary>
    Mrn = 11,
    /// <summary>A health plan beneficiary number, Medicare MBI included (PS1012, <c>HEALTH_PLAN</c>).</summary>
    HealthPlan = 12,
    /// <summary>An account or card number (PS1013, <c>ACCOUNT</c>).</summary>
    Account = 13,
    /// <summary>A certificate or licence number (PS1014, <c>LICENSE</c>).</summary>
    License = 14,
    /// <summary>A vehicle identifier: plate or VIN (PS1015, <c>VEHICLE</c>).</summary>
    Vehicle = 15,
    /// <summary>A device identifier or serial number (PS1016, <c>DEVICE</c>).</summary>
    Device = 16,
    /// <summary>A web address (PS1017, <c>URL</c>).</summary>
    Url = 17,
    /// <summary>An IP address, v4 or v6 (PS1018, <c>IP</c>).</summary>
    Ip = 18,
    /// <summary>A biometric identifier (PS1019, <c>BIOMETRIC</c>).</summary>
    Biometric = 19,
    /// <summary>A reference to a patient's photo or image (PS1020, <c>PHOTO</c>).</summary>
    Photo = 20,
    /// <summary>A social-media handle (PS1021, <c>HANDLE</c>).</summary>
    Handle = 21,
    /// <summary>Any other unique identifying code (PS1022, <c>OTHER_ID</c>).</summary>
    OtherId = 22,
}

/// <summary>Conversions between <see cref="EntityKind"/> and its stable entity string.</summary>
public static class EntityKinds
{
    private static readonly string[] Names =
    [
        "", "NAME", "ADDRESS", "LOCATION", "ZIP", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN",
        "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "BIOMETRIC", "PHOTO",
        "HANDLE", "OTHER_ID",
    ];

    /// <summary>Every kind, in ID order.</summary>
    public static IReadOnlyList<EntityKind> All { get; } = Enumerable.Range(1, 22).Select(i => (EntityKind)i).ToArray();

    /// <summary>The stable entity string (<c>HEALTH_PLAN</c>).</summary>
    public static string ToEntityName(this EntityKind kind) => Names[(int)kind];

    /// <summary>Parses an entity string such as <c>PHONE</c> (case-insensitive).</summary>
    public static bool TryParse(string? name, out EntityKind kind)
    {
        for (var i = 1; i < Names.Length; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                kind = (EntityKind)i;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The PHI diagnostic ID raised for a patient-linked identifier of this kind (<c>PS1007</c>).</summary>
    public static string ToDiagnosticId(this EntityKind kind) => Descriptors.ForEntity(kind).Id;

    /// <summary>
    /// Whether Safe Harbor treats this kind as a quasi-identifier whose default severity is Warning
    /// rather than Error (DATE, AGE, ZIP, LOCATION, PHOTO).
    /// </summary>
    public static bool IsWarningByDefault(this EntityKind kind) =>
        kind is EntityKind.Date or EntityKind.Age or EntityKind.Zip or EntityKind.Location or EntityKind.Photo;
}
