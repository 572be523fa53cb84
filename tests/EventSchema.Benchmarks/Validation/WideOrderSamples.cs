using Benchmarks.Wide;
using EventSchema.Benchmarks.Validation.Peers;

// The invalid samples break schema rules on purpose: they measure how validation reports broken events.
#pragma warning disable ES1002, ES1003, ES1004, ES1006

namespace EventSchema.Benchmarks.Validation;

/// <summary>
/// A valid wide order and one where every field breaks a rule (nested records and list items included), as the
/// generated type and as the plain class the peers validate, built from the same values.
/// </summary>
internal static class WideOrderSamples
{
    public static WideOrderPlaced Valid() => new()
    {
        OrderId = "ord-2025-04-17-0001", Reference = "BAK-000417", CustomerName = "Embassy of China in Baku",
        Email = "consular@example.org", Phone = "994125555555", CustomerAge = 42, Priority = 3,
        Subtotal = 1250.50m, Tax = 225.09m, ShippingCost = 40m, Total = 1515.59m, DiscountPercent = 5,
        Latitude = 40.4093, Longitude = 49.8671, Currency = "AZN", Locale = "az-AZ", Channel = "web",
        SalesRep = "Middle Corridor desk", Notes = "Deliver before the reception.", GiftMessage = "",
        LoyaltyPoints = 1200, DeliveryDays = 3, PackageCount = 2, WeightGrams = 5400, WarehouseCode = "BAKU0001",
        ShippingAddress = ValidAddress(), BillingAddress = ValidAddress(),
        Lines =
        [
            new OrderLine { Sku = "TEA-0001", Description = "Green tea, 1 kg", Quantity = 10, UnitPrice = 25.05m },
            new OrderLine { Sku = "SLK-0042", Description = "Silk scarf", Quantity = 5, UnitPrice = 200m },
        ],
        Tags = ["diplomatic", "priority"],
        CouponCodes = ["SPRING25"],
    };

    public static WideOrderPlaced Invalid() => new()
    {
        OrderId = "", Reference = "bak-417", CustomerName = new string('c', 101), Email = new string('e', 255),
        Phone = "12", CustomerAge = 200, Priority = 0, Subtotal = -1m, Tax = 100001m, ShippingCost = -5m, Total = 0m,
        DiscountPercent = 150, Latitude = 91, Longitude = -181, Currency = "azn", Locale = "az_AZ", Channel = "",
        SalesRep = new string('s', 41), Notes = new string('n', 501), GiftMessage = new string('g', 201),
        LoyaltyPoints = -1, DeliveryDays = 400, PackageCount = 0, WeightGrams = 70001, WarehouseCode = "x",
        ShippingAddress = InvalidAddress(), BillingAddress = InvalidAddress(),
        Lines =
        [
            new OrderLine { Sku = "tea", Description = "", Quantity = 0, UnitPrice = 1000000m },
            new OrderLine { Sku = "SLK-42", Description = new string('d', 201), Quantity = 1001, UnitPrice = -1m },
        ],
        Tags = [.. Enumerable.Range(0, 11).Select(i => "tag" + i)],
        CouponCodes = ["SPRING25", "SPRING25", "SPRING25", "SPRING25"],
    };

    public static PlainWideOrder PlainValid() => new()
    {
        OrderId = "ord-2025-04-17-0001", Reference = "BAK-000417", CustomerName = "Embassy of China in Baku",
        Email = "consular@example.org", Phone = "994125555555", CustomerAge = 42, Priority = 3,
        Subtotal = 1250.50m, Tax = 225.09m, ShippingCost = 40m, Total = 1515.59m, DiscountPercent = 5,
        Latitude = 40.4093, Longitude = 49.8671, Currency = "AZN", Locale = "az-AZ", Channel = "web",
        SalesRep = "Middle Corridor desk", Notes = "Deliver before the reception.", GiftMessage = "",
        LoyaltyPoints = 1200, DeliveryDays = 3, PackageCount = 2, WeightGrams = 5400, WarehouseCode = "BAKU0001",
        ShippingAddress = PlainValidAddress(), BillingAddress = PlainValidAddress(),
        Lines =
        [
            new PlainOrderLine { Sku = "TEA-0001", Description = "Green tea, 1 kg", Quantity = 10, UnitPrice = 25.05m },
            new PlainOrderLine { Sku = "SLK-0042", Description = "Silk scarf", Quantity = 5, UnitPrice = 200m },
        ],
        Tags = ["diplomatic", "priority"],
        CouponCodes = ["SPRING25"],
    };

    public static PlainWideOrder PlainInvalid() => new()
    {
        OrderId = "", Reference = "bak-417", CustomerName = new string('c', 101), Email = new string('e', 255),
        Phone = "12", CustomerAge = 200, Priority = 0, Subtotal = -1m, Tax = 100001m, ShippingCost = -5m, Total = 0m,
        DiscountPercent = 150, Latitude = 91, Longitude = -181, Currency = "azn", Locale = "az_AZ", Channel = "",
        SalesRep = new string('s', 41), Notes = new string('n', 501), GiftMessage = new string('g', 201),
        LoyaltyPoints = -1, DeliveryDays = 400, PackageCount = 0, WeightGrams = 70001, WarehouseCode = "x",
        ShippingAddress = PlainInvalidAddress(), BillingAddress = PlainInvalidAddress(),
        Lines =
        [
            new PlainOrderLine { Sku = "tea", Description = "", Quantity = 0, UnitPrice = 1000000m },
            new PlainOrderLine { Sku = "SLK-42", Description = new string('d', 201), Quantity = 1001, UnitPrice = -1m },
        ],
        Tags = [.. Enumerable.Range(0, 11).Select(i => "tag" + i)],
        CouponCodes = ["SPRING25", "SPRING25", "SPRING25", "SPRING25"],
    };

    private static ShippingAddress ValidAddress()
        => new() { Street = "Neftchilar Avenue 1", City = "Baku", PostalCode = "10000", Country = "AZ" };

    private static ShippingAddress InvalidAddress()
        => new() { Street = "", City = new string('b', 61), PostalCode = "AZ100", Country = "aze" };

    private static PlainShippingAddress PlainValidAddress()
        => new() { Street = "Neftchilar Avenue 1", City = "Baku", PostalCode = "10000", Country = "AZ" };

    private static PlainShippingAddress PlainInvalidAddress()
        => new() { Street = "", City = new string('b', 61), PostalCode = "AZ100", Country = "aze" };
}
