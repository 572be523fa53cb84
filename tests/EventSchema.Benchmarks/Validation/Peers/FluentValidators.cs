using FluentValidation;

namespace EventSchema.Benchmarks.Validation.Peers;

// The same rules as FluentValidation 12 validators. Each validator is built once and reused, as recommended.

/// <summary>FluentValidation rules for <see cref="PlainCredentialsPresented"/>.</summary>
public sealed class CredentialsPresentedValidator : AbstractValidator<PlainCredentialsPresented>
{
    /// <summary>Declares the rules.</summary>
    public CredentialsPresentedValidator()
    {
        var official = new OfficialValidator();
        RuleFor(x => x.Ambassador).NotNull().SetValidator(official!);
        RuleFor(x => x.ReceivedBy).NotNull().SetValidator(official!);
        RuleFor(x => x.Place).MaximumLength(200);
        RuleFor(x => x.Sources).NotNull().Must(sources => sources is null || sources.Count >= 1).WithErrorCode("minItems");
        RuleForEach(x => x.Sources).SetValidator(new AttributionValidator());
    }
}

/// <summary>FluentValidation rules for <see cref="PlainOfficial"/>.</summary>
public sealed class OfficialValidator : AbstractValidator<PlainOfficial>
{
    /// <summary>Declares the rules.</summary>
    public OfficialValidator()
    {
        RuleFor(x => x.Name).NotNull().Length(1, 200);
        RuleFor(x => x.Title).MaximumLength(120);
        RuleFor(x => x.Country).NotNull().Matches("^[A-Z]{2}$");
    }
}

/// <summary>FluentValidation rules for <see cref="PlainAttribution"/>.</summary>
public sealed class AttributionValidator : AbstractValidator<PlainAttribution>
{
    /// <summary>Declares the rules.</summary>
    public AttributionValidator() => RuleFor(x => x.Outlet).NotNull().MinimumLength(1);
}

/// <summary>FluentValidation rules for <see cref="PlainWideOrder"/>.</summary>
public sealed class WideOrderValidator : AbstractValidator<PlainWideOrder>
{
    /// <summary>Declares the rules.</summary>
    public WideOrderValidator()
    {
        RuleFor(x => x.OrderId).NotNull().Length(1, 64);
        RuleFor(x => x.Reference).NotNull().Matches("^[A-Z]{3}-[0-9]{6}$");
        RuleFor(x => x.CustomerName).NotNull().Length(1, 100);
        RuleFor(x => x.Email).NotNull().MaximumLength(254).Matches("^[^@ ]+@[^@ ]+$");
        RuleFor(x => x.Phone).NotNull().Matches("^[0-9]{7,15}$");
        RuleFor(x => x.CustomerAge).InclusiveBetween(0, 150);
        RuleFor(x => x.Priority).InclusiveBetween(1, 10);
        RuleFor(x => x.Subtotal).InclusiveBetween(0m, 1000000m);
        RuleFor(x => x.Tax).InclusiveBetween(0m, 100000m);
        RuleFor(x => x.ShippingCost).InclusiveBetween(0m, 10000m);
        RuleFor(x => x.Total).GreaterThan(0m).LessThanOrEqualTo(1000000m);
        RuleFor(x => x.DiscountPercent).InclusiveBetween(0d, 100d);
        RuleFor(x => x.Latitude).InclusiveBetween(-90d, 90d);
        RuleFor(x => x.Longitude).InclusiveBetween(-180d, 180d);
        RuleFor(x => x.Currency).NotNull().Matches("^[A-Z]{3}$");
        RuleFor(x => x.Locale).NotNull().Matches("^[a-z]{2}-[A-Z]{2}$");
        RuleFor(x => x.Channel).NotNull().Length(1, 40);
        RuleFor(x => x.SalesRep).NotNull().Length(1, 40);
        RuleFor(x => x.Notes).NotNull().MaximumLength(500);
        RuleFor(x => x.GiftMessage).NotNull().MaximumLength(200);
        RuleFor(x => x.LoyaltyPoints).InclusiveBetween(0L, 100000L);
        RuleFor(x => x.DeliveryDays).InclusiveBetween(0, 365);
        RuleFor(x => x.PackageCount).InclusiveBetween(1, 20);
        RuleFor(x => x.WeightGrams).InclusiveBetween(0, 70000);
        RuleFor(x => x.WarehouseCode).NotNull().Matches("^[A-Z0-9]{8}$");
        var address = new ShippingAddressValidator();
        RuleFor(x => x.ShippingAddress).NotNull().SetValidator(address!);
        RuleFor(x => x.BillingAddress).NotNull().SetValidator(address!);
        RuleFor(x => x.Lines).NotNull().Must(lines => lines is null || lines.Count is >= 1 and <= 50).WithErrorCode("items");
        RuleForEach(x => x.Lines).SetValidator(new OrderLineValidator());
        RuleFor(x => x.Tags).NotNull().Must(tags => tags is null || tags.Count <= 10).WithErrorCode("maxItems");
        RuleFor(x => x.CouponCodes).NotNull()
            .Must(codes => codes is null || codes.Count is >= 1 and <= 3).WithErrorCode("items")
            .Must(codes => codes is null || codes.Distinct(StringComparer.Ordinal).Count() == codes.Count).WithErrorCode("uniqueItems");
    }
}

/// <summary>FluentValidation rules for <see cref="PlainShippingAddress"/>.</summary>
public sealed class ShippingAddressValidator : AbstractValidator<PlainShippingAddress>
{
    /// <summary>Declares the rules.</summary>
    public ShippingAddressValidator()
    {
        RuleFor(x => x.Street).NotNull().Length(1, 100);
        RuleFor(x => x.City).NotNull().Length(1, 60);
        RuleFor(x => x.PostalCode).NotNull().Matches("^[0-9]{5}$");
        RuleFor(x => x.Country).NotNull().Matches("^[A-Z]{2}$");
    }
}

/// <summary>FluentValidation rules for <see cref="PlainOrderLine"/>.</summary>
public sealed class OrderLineValidator : AbstractValidator<PlainOrderLine>
{
    /// <summary>Declares the rules.</summary>
    public OrderLineValidator()
    {
        RuleFor(x => x.Sku).NotNull().Matches("^[A-Z]{3}-[0-9]{4}$");
        RuleFor(x => x.Description).NotNull().Length(1, 200);
        RuleFor(x => x.Quantity).InclusiveBetween(1, 1000);
        RuleFor(x => x.UnitPrice).GreaterThanOrEqualTo(0m).LessThan(1000000m);
    }
}
