// samtycke's config for the whole demo site, in one file: every page has the same config, so a
// returning visitor's decision is served from the cookie on every page without a new check.
// (A site may just as well put this JSON in <script type="application/json"
// id="samtycke-config"> on each page, as the README shows; this is the window.samtyckeConfig
// way.) "privacyPolicyUrl" is relative: /privacy.html on the Swedish pages, /en/privacy.html
// on the English ones. It must run before samtycke.js: both are deferred, in this order.
window.samtyckeConfig = {
  "revision": 1,
  "endpoint": "/api/consent",
  "privacyPolicyUrl": "privacy.html",
  "categories": {
    "necessary": {
      "required": true
    },
    "analytics": {
      "services": {
        "ga": {
          "label": "Google Analytics",
          "provider": "Google Ireland Ltd",
          "description": {
            "sv": "Räknar besök och sidvisningar så att vi ser vilka sidor som läses och kan göra webbplatsen bättre.",
            "en": "Counts visits and page views, so that we can see which pages are read and improve the site."
          },
          "cookies": [
            {
              "name": "_ga",
              "lifetime": 730,
              "description": {
                "sv": "Skiljer besökare åt med ett slumpat id, så att återkommande besök räknas rätt.",
                "en": "Tells visitors apart by a random id, so that returning visits are counted correctly."
              }
            },
            {
              "name": "/^_ga_/",
              "lifetime": 730,
              "description": {
                "sv": "Håller ihop ett besök och dess sidvisningar.",
                "en": "Keeps a visit and its page views together."
              }
            }
          ]
        }
      }
    },
    "marketing": {
      "services": {
        "youtube": {
          "label": "YouTube",
          "provider": "Google Ireland Ltd",
          "description": {
            "sv": "Visar inbäddade filmer från YouTube. YouTube kan spara uppgifter i din webbläsare när filmen laddas.",
            "en": "Shows embedded videos from YouTube. YouTube may store data in your browser when a video loads."
          }
        },
        "meta": {
          "label": "Meta Pixel",
          "provider": "Meta Platforms Ireland Ltd",
          "description": {
            "sv": "Mäter hur våra annonser på Facebook och Instagram fungerar och visar dig relevanta annonser där.",
            "en": "Measures how our ads on Facebook and Instagram perform and shows you relevant ads there."
          },
          "cookies": [
            {
              "name": "_fbp",
              "lifetime": 90,
              "description": {
                "sv": "Känner igen webbläsaren för att mäta och rikta annonser.",
                "en": "Recognises the browser to measure and target ads."
              }
            }
          ]
        }
      }
    }
  },
  "notice": {
    "version": "1.0",
    "updated": "2025-09-01",
    "controller": {
      "name": "Norrsken Kafferosteri AB",
      "organisationNumber": "559876-5432",
      "address": "Skolgatan 31, 903 27 Umeå",
      "email": "integritet@norrsken-kaffe.example",
      "phone": "090-123 45 67"
    },
    "dataProtectionOfficer": null,
    "people": [
      {
        "group": "customers",
        "data": ["identity", "contact", "orders", "payment", "communication"]
      },
      {
        "group": "subscribers",
        "data": ["contact", "newsletter"]
      },
      {
        "group": "visitors",
        "data": ["technical", "usage", "consentChoices"]
      }
    ],
    "jointControllers": [
      {
        "name": "Meta Platforms Ireland Ltd",
        "processing": "metaPixel",
        "essence": {
          "sv": "Vi ansvarar för att be om ditt samtycke innan Meta-pixeln körs och för att berätta om insamlingen. Meta ansvarar för sin egen behandling av uppgifterna efter att de har förts över.",
          "en": "We are responsible for asking your consent before the Meta Pixel runs and for telling you about the collection. Meta is responsible for its own processing of the data once it has received them."
        },
        "url": "https://www.facebook.com/legal/controller_addendum"
      }
    ],
    "personalData": [
      "identity",
      "contact",
      "orders",
      "payment",
      "communication",
      "newsletter",
      "technical",
      "usage",
      "consentChoices",
      "bookkeeping"
    ],
    "sources": [
      "visitor",
      "usage",
      "cookies",
      "paymentProvider",
      "publicRegisters"
    ],
    "purposes": [
      {
        "purpose": "orders",
        "basis": "contract",
        "data": [
          "identity",
          "contact",
          "orders"
        ]
      },
      {
        "purpose": "payment",
        "basis": "contract",
        "data": [
          "identity",
          "contact",
          "payment"
        ]
      },
      {
        "purpose": "delivery",
        "basis": "contract",
        "data": [
          "identity",
          "contact",
          "orders"
        ]
      },
      {
        "purpose": "customerService",
        "basis": "legitimateInterest",
        "data": [
          "identity",
          "contact",
          "communication"
        ],
        "interest": {
          "sv": "att kunna svara på frågor och synpunkter från alla som hör av sig, även den som inte är kund hos oss",
          "en": "being able to answer questions and feedback from anyone who contacts us, including people who are not our customers"
        }
      },
      {
        "purpose": "bookkeeping",
        "basis": "legalObligation",
        "data": [
          "bookkeeping",
          "payment"
        ]
      },
      {
        "purpose": "newsletter",
        "basis": "consent",
        "data": [
          "contact",
          "newsletter"
        ]
      },
      {
        "purpose": "analytics",
        "basis": "consent",
        "data": [
          "usage",
          "technical"
        ]
      },
      {
        "purpose": {
          "sv": "För att visa våra annonser på Facebook, Instagram och YouTube för personer som har besökt oss, och mäta hur de fungerar.",
          "en": "To show our ads on Facebook, Instagram and YouTube to people who have visited us, and to measure how well they work."
        },
        "basis": "consent",
        "category": "marketing",
        "data": [
          "usage"
        ]
      },
      {
        "purpose": "security",
        "basis": "legitimateInterest",
        "data": [
          "technical"
        ],
        "interest": {
          "sv": "att skydda webbplatsen, webbutiken och våra kunder mot intrång, bedrägerier och missbruk",
          "en": "protecting the website, the online shop and our customers against intrusion, fraud and misuse"
        }
      }
    ],
    "recipients": [
      {
        "kind": "paymentProvider"
      },
      {
        "kind": "webHost"
      },
      {
        "kind": "shipping"
      },
      {
        "kind": "newsletterTool"
      },
      {
        "kind": "accounting"
      },
      {
        "kind": "analytics",
        "name": "Google Ireland Ltd"
      },
      {
        "kind": "advertising",
        "name": "Meta Platforms Ireland Ltd, Google Ireland Ltd"
      }
    ],
    "transfers": [
      {
        "recipient": "Google LLC",
        "country": {
          "sv": "USA",
          "en": "the USA"
        },
        "safeguard": "adequacy"
      },
      {
        "recipient": "Meta Platforms, Inc.",
        "country": {
          "sv": "USA",
          "en": "the USA"
        },
        "safeguard": "adequacy"
      }
    ],
    "retention": [
      {
        "data": "bookkeeping",
        "period": "bookkeepingAct"
      },
      {
        "data": "payment",
        "period": "bookkeepingAct"
      },
      {
        "data": "identity",
        "period": {
          "years": 3,
          "after": "purchase"
        }
      },
      {
        "data": "contact",
        "period": {
          "years": 3,
          "after": "purchase"
        }
      },
      {
        "data": "usage",
        "period": {
          "months": 14
        }
      },
      {
        "data": "orders",
        "period": {
          "sv": "i tre år efter köpet, så att vi kan hantera reklamationer",
          "en": "three years after the purchase, so that we can handle complaints"
        }
      },
      {
        "data": "communication",
        "period": {
          "sv": "upp till ett år efter att ärendet är avslutat",
          "en": "up to one year after the matter is closed"
        }
      },
      {
        "data": "newsletter",
        "period": "untilWithdrawn"
      },
      {
        "data": "technical",
        "period": {
          "sv": "30 dagar i serverloggarna",
          "en": "30 days in the server logs"
        }
      },
      {
        "data": "consentChoices",
        "period": {
          "sv": "så länge ditt val gäller, och därefter i upp till tre år som bevis på att vi frågade",
          "en": "as long as your choice is valid, and then up to three years as proof that we asked"
        }
      }
    ],
    "security": [
      "encryption",
      "accessControl",
      "backups",
      "updates",
      "processorAgreements",
      "minimisation"
    ],
    "automatedDecisions": false,
    "changes": ["website", "email"],
    "extra": {
      "controller": {
        "sv": "Norrsken Kafferosteri är ett litet rosteri och kafé i Umeå. Vi säljer kaffe i vår webbutik och i kaféet på Skolgatan, och skickar ett nyhetsbrev till den som vill ha det.",
        "en": "Norrsken Kafferosteri is a small coffee roastery and café in Umeå. We sell coffee in our online shop and in the café on Skolgatan, and send a newsletter to those who want it."
      }
    }
  }
};
