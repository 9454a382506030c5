/*
 * The field tables of the content format; see schema.h and stagebureau(5).
 */
#include <stddef.h>

#include "schema.h"

#define REQ FIELD_REQUIRED

static const struct field period_fields[] = {
	{ "van", K_DATE, 0, 0, 0, 0, 0, 0 },
	{ "tot", K_DATE, 0, 0, 0, 0, 0, 0 },
	{ "omschrijving", K_TEXT, 0, 0, 0, 200, 0, 0 },
	{ 0 }
};

static const struct field react_fields[] = {
	{ "via", K_ENUM, REQ, "makelaar|school|direct", 0, 0, 0, 0 },
	{ "naam", K_TEXT, 0, 0, 0, 100, 0, 0 },
	{ "email", K_EMAIL, 0, 0, 0, 0, 0, 0 },
	{ "telefoon", K_PHONE, 0, 0, 0, 0, 0, 0 },
	{ 0 }
};

static const struct field vacancy_fields[] = {
	{ "titel", K_TEXT, REQ, 0, 0, 120, 0, 0 },
	{ "organisatie", K_REF, REQ, "organisatie", 0, 0, 0, 0 },
	{ "plaats", K_PLACE, REQ, 0, 0, 0, 0, 0 },
	{ "adres", K_TEXT, 0, 0, 0, 200, 0, 0 },
	{ "adres_tonen", K_BOOL, 0, 0, 0, 0, 0, "false" },
	{ "sectoren", K_VOCABS, REQ, "sectoren", 0, 0, 0, 0 },
	{ "niveaus", K_VOCABS, REQ, "niveaus", 0, 0, 0, 0 },
	{ "soort", K_VOCAB, REQ, "soorten", 0, 0, 0, 0 },
	{ "vorm", K_ENUM, 0, "individueel|groep", 0, 0, 0, "\"individueel\"" },
	{ "groepsgrootte", K_INT, 0, 0, 2, 100, 0, 0 },
	{ "periode", K_OBJECT, REQ, 0, 0, 0, period_fields, 0 },
	{ "uren_per_week", K_INT, 0, 0, 1, 60, 0, 0 },
	{ "plaatsen", K_INT, REQ, 0, 1, 1000, 0, 0 },
	{ "bezet", K_INT, 0, 0, 0, 1000, 0, "0" },
	{ "begeleiding", K_LONGTEXT, 0, 0, 0, 1000, 0, 0 },
	{ "geschiktheid", K_VOCABS, 0, "geschiktheid", 0, 0, 0, 0 },
	{ "sbb_erkend", K_BOOL, 0, 0, 0, 0, 0, "false" },
	{ "reageren", K_OBJECT, REQ, 0, 0, 0, react_fields, 0 },
	{ "status", K_ENUM, REQ, "concept|open|vol|verlopen", 0, 0, 0, 0 },
	{ "geplaatst", K_DATE, REQ, 0, 0, 0, 0, 0 },
	{ "geldig_tot", K_DATE, REQ, 0, 0, 0, 0, 0 },
	{ "geverifieerd", K_DATE, 0, 0, 0, 0, 0, 0 },
	{ "interesses", K_TAGS, 0, 0, 0, 40, 0, 0 },
	{ 0 }
};

static const struct field contact_fields[] = {
	{ "naam", K_TEXT, REQ, 0, 0, 100, 0, 0 },
	{ "functie", K_TEXT, 0, 0, 0, 100, 0, 0 },
	{ "email", K_EMAIL, 0, 0, 0, 0, 0, 0 },
	{ "telefoon", K_PHONE, 0, 0, 0, 0, 0, 0 },
	{ "openbaar", K_BOOL, 0, 0, 0, 0, 0, "false" },
	{ 0 }
};

static const struct field organisation_fields[] = {
	{ "naam", K_TEXT, REQ, 0, 0, 120, 0, 0 },
	{ "type", K_VOCAB, REQ, "organisatietypen", 0, 0, 0, 0 },
	{ "plaats", K_PLACE, REQ, 0, 0, 0, 0, 0 },
	{ "website", K_URL, 0, 0, 0, 0, 0, 0 },
	{ "sbb_erkend", K_BOOL, 0, 0, 0, 0, 0, "false" },
	{ "rollen", K_ENUMS, REQ, "stagebieder|school|makelaar", 0, 0, 0, 0 },
	{ "contactpersonen", K_OBJECTS, 0, 0, 0, 0, contact_fields, 0 },
	{ 0 }
};

static const struct field event_fields[] = {
	{ "titel", K_TEXT, REQ, 0, 0, 120, 0, 0 },
	{ "soort", K_VOCAB, REQ, "evenementsoorten", 0, 0, 0, 0 },
	{ "doelgroep", K_VOCABS, 0, "doelgroepen", 0, 0, 0, 0 },
	{ "begin", K_DATETIME, REQ, 0, 0, 0, 0, 0 },
	{ "eind", K_DATETIME, REQ, 0, 0, 0, 0, 0 },
	{ "locatie", K_TEXT, REQ, 0, 0, 200, 0, 0 },
	{ "plaats", K_PLACE, 0, 0, 0, 0, 0, 0 },
	{ "organisator", K_REF, 0, "organisatie", 0, 0, 0, 0 },
	{ "aanmelden", K_LONGTEXT, 0, 0, 0, 1000, 0, 0 },
	{ "aanmeld_url", K_URL, 0, 0, 0, 0, 0, 0 },
	{ 0 }
};

static const struct field file_fields[] = {
	{ "naam", K_TEXT, REQ, 0, 0, 100, 0, 0 },
	{ "titel", K_TEXT, 0, 0, 0, 120, 0, 0 },
	{ 0 }
};

static const struct field material_fields[] = {
	{ "titel", K_TEXT, REQ, 0, 0, 120, 0, 0 },
	{ "soort", K_VOCAB, REQ, "materiaalsoorten", 0, 0, 0, 0 },
	{ "doelgroep", K_VOCABS, 0, "doelgroepen", 0, 0, 0, 0 },
	{ "eigenaar", K_REF, REQ, "organisatie", 0, 0, 0, 0 },
	{ "licentie", K_TEXT, 0, 0, 0, 100, 0, 0 },
	{ "bestanden", K_OBJECTS, 0, 0, 0, 0, file_fields, 0 },
	{ 0 }
};

static const struct field book_fields[] = {
	{ "titel", K_TEXT, REQ, 0, 0, 120, 0, 0 },
	{ "samenvatting", K_TEXT, 0, 0, 0, 300, 0, 0 },
	{ "doelgroep", K_VOCABS, 0, "doelgroepen", 0, 0, 0, 0 },
	{ "volgorde", K_INT, 0, 0, 0, 10000, 0, "0" },
	{ 0 }
};

static const struct field chapter_fields[] = {
	{ "titel", K_TEXT, REQ, 0, 0, 120, 0, 0 },
	{ "volgorde", K_INT, REQ, 0, 0, 10000, 0, 0 },
	{ 0 }
};

static const struct field text_fields[] = {
	{ "titel", K_TEXT, REQ, 0, 0, 120, 0, 0 },
	{ "samenvatting", K_TEXT, 0, 0, 0, 300, 0, 0 },
	{ "volgorde", K_INT, 0, 0, 0, 10000, 0, "0" },
	{ 0 }
};

static const struct field *const schemas[ENTRY_TYPES] = {
	vacancy_fields, organisation_fields, event_fields, material_fields,
	book_fields, chapter_fields, text_fields, text_fields, NULL, NULL,
};

const struct field *
schema_fields(enum entry_type type)
{
	return type >= 0 && type < ENTRY_TYPES ? schemas[type] : NULL;
}
