using System.ComponentModel.DataAnnotations;

namespace EventSchema.Benchmarks.Validation.Peers;

// The rules of Validation/Schemas/wide.eventschema as DataAnnotations attributes on plain classes.

/// <summary>A plain <c>WideOrderPlaced</c>: 30 constrained fields, two nested records and a list of them.</summary>
public sealed class PlainWideOrder
{
    [Required, MinLength(1), MaxLength(64)] public string? OrderId { get; init; }
    [Required, RegularExpression("^[A-Z]{3}-[0-9]{6}$")] public string? Reference { get; init; }
    [Required, MinLength(1), MaxLength(100)] public string? CustomerName { get; init; }
    [Required, MaxLength(254), RegularExpression("^[^@ ]+@[^@ ]+$")] public string? Email { get; init; }
    [Required, RegularExpression("^[0-9]{7,15}$")] public string? Phone { get; init; }
    [Range(0, 150)] public int CustomerAge { get; init; }
    [Range(1, 10)] public int Priority { get; init; }
    [Range(typeof(decimal), "0", "1000000", ParseLimitsInInvariantCulture = true)] public decimal Subtotal { get; init; }
    [Range(typeof(decimal), "0", "100000", ParseLimitsInInvariantCulture = true)] public decimal Tax { get; init; }
    [Range(typeof(decimal), "0", "10000", ParseLimitsInInvariantCulture = true)] public decimal ShippingCost { get; init; }
    [Range(typeof(decimal), "0", "1000000", ParseLimitsInInvariantCulture = true, MinimumIsExclusive = true)] public decimal Total { get; init; }
    [Range(0d, 100d)] public double DiscountPercent { get; init; }
    [Range(-90d, 90d)] public double Latitude { get; init; }
    [Range(-180d, 180d)] public double Longitude { get; init; }
    [Required, RegularExpression("^[A-Z]{3}$")] public string? Currency { get; init; }
    [Required, RegularExpression("^[a-z]{2}-[A-Z]{2}$")] public string? Locale { get; init; }
    [Required, MinLength(1), MaxLength(40)] public string? Channel { get; init; }
    [Required, MinLength(1), MaxLength(40)] public string? SalesRep { get; init; }
    [Required(AllowEmptyStrings = true), MaxLength(500)] public string? Notes { get; init; }
    [Required(AllowEmptyStrings = true), MaxLength(200)] public string? GiftMessage { get; init; }
    [Range(0L, 100000L)] public long LoyaltyPoints { get; init; }
    [Range(0, 365)] public int DeliveryDays { get; init; }
    [Range(1, 20)] public int PackageCount { get; init; }
    [Range(0, 70000)] public int WeightGrams { get; init; }
    [Required, RegularExpression("^[A-Z0-9]{8}$")] public string? WarehouseCode { get; init; }
    [Required] public PlainShippingAddress? ShippingAddress { get; init; }
    [Required] public PlainShippingAddress? BillingAddress { get; init; }
    [Required, MinLength(1), MaxLength(50)] public List<PlainOrderLine>? Lines { get; init; }
    [Required, MaxLength(10)] public List<string>? Tags { get; init; }
    [Required, MinLength(1), MaxLength(3), UniqueItems] public List<string>? CouponCodes { get; init; }
}

/// <summary>A plain <c>ShippingAddress</c>.</summary>
public sealed class PlainShippingAddress
{
    [Required, MinLength(1), MaxLength(100)] public string? Street { get; init; }
    [Required, MinLength(1), MaxLength(60)] public string? City { get; init; }
    [Required, RegularExpression("^[0-9]{5}$")] public string? PostalCode { get; init; }
    [Required, RegularExpression("^[A-Z]{2}$")] public string? Country { get; init; }
}

/// <summary>A plain <c>OrderLine</c>.</summary>
public sealed class PlainOrderLine
{
    [Required, RegularExpression("^[A-Z]{3}-[0-9]{4}$")] public string? Sku { get; init; }
    [Required, MinLength(1), MaxLength(200)] public string? Description { get; init; }
    [Range(1, 1000)] public int Quantity { get; init; }
    [Range(typeof(decimal), "0", "1000000", ParseLimitsInInvariantCulture = true, MaximumIsExclusive = true)] public decimal UnitPrice { get; init; }
}
