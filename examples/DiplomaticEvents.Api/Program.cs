// A minimal API that receives the diplomatic events of schemas/diplomacy; see README.md for the calls to try.
using DiplomaticEvents.Api;

DiplomaticEventsApi.Create(args).Run();
