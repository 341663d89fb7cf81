/*
 * state_io.c
 *		Text and binary I/O of the aggregate state types, driven by the
 *		field descriptors, and the in-place update rule of the transition
 *		functions.
 *
 * The text form names every field, e.g. "(promoters=10,passives=5,
 * detractors=3)", so a state literal of one KPI can never be read as the
 * state of another.  Parsing and printing are plain C with no server
 * calls, so a fuzzer can drive them directly.
 */
#include "kpi.h"

#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

PG_MODULE_MAGIC;

#define STATE_FIELD(type, field, wide, min) \
	{#field, offsetof(type, field), wide, min}

static const char *check_share(const void *state);
static const char *check_service_level(const void *state);
static const char *check_abandonment(const void *state);

static const KpiStateField nps_fields[] = {
	STATE_FIELD(NpsState, promoters, false, 0),
	STATE_FIELD(NpsState, passives, false, 0),
	STATE_FIELD(NpsState, detractors, false, 0),
};
const KpiStateType kpi_nps_state_type = {
	"nps_state", "nps", NULL,
	sizeof(NpsState), lengthof(nps_fields), nps_fields, NULL
};

static const KpiStateField csat_fields[] = {
	{"satisfied", offsetof(ShareState, hits), false, 0},
	{"responses", offsetof(ShareState, total), false, 0},
};
const KpiStateType kpi_csat_state_type = {
	"csat_state", "csat", NULL,
	sizeof(ShareState), lengthof(csat_fields), csat_fields,
	check_share
};

static const KpiStateField fcr_fields[] = {
	{"resolved_first", offsetof(ShareState, hits), false, 0},
	{"tickets", offsetof(ShareState, total), false, 0},
};
const KpiStateType kpi_fcr_state_type = {
	"fcr_state", "fcr_rate", NULL,
	sizeof(ShareState), lengthof(fcr_fields), fcr_fields,
	check_share
};

static const KpiStateField ces_fields[] = {
	STATE_FIELD(CesState, responses, false, 0),
	STATE_FIELD(CesState, score_sum, false, 0),
};
static const char *check_ces(const void *state);
const KpiStateType kpi_ces_state_type = {
	"ces_state", "ces", NULL,
	sizeof(CesState), lengthof(ces_fields), ces_fields, check_ces
};

static const KpiStateField aht_fields[] = {
	STATE_FIELD(AhtState, contacts, false, 0),
	STATE_FIELD(AhtState, handle_us, true, 0),
};
static const char *check_aht(const void *state);
const KpiStateType kpi_aht_state_type = {
	"aht_state", "avg_handle_time", NULL,
	sizeof(AhtState), lengthof(aht_fields), aht_fields, check_aht
};

static const KpiStateField utilization_fields[] = {
	STATE_FIELD(UtilizationState, busy_us, true, 0),
	STATE_FIELD(UtilizationState, scheduled_us, true, 0),
};
const KpiStateType kpi_utilization_state_type = {
	"utilization_state", "utilization", NULL,
	sizeof(UtilizationState),
	lengthof(utilization_fields), utilization_fields, NULL
};

static const KpiStateField occupancy_fields[] = {
	STATE_FIELD(OccupancyState, handle_us, true, 0),
	STATE_FIELD(OccupancyState, idle_us, true, 0),
};
const KpiStateType kpi_occupancy_state_type = {
	"occupancy_state", "occupancy", NULL,
	sizeof(OccupancyState),
	lengthof(occupancy_fields), occupancy_fields, NULL
};

static const KpiStateField service_level_fields[] = {
	STATE_FIELD(ServiceLevelState, threshold_us, false, -1),
	STATE_FIELD(ServiceLevelState, answered, false, 0),
	STATE_FIELD(ServiceLevelState, answered_within, false, 0),
	STATE_FIELD(ServiceLevelState, abandoned_after, false, 0),
};
const KpiStateType kpi_service_level_state_type = {
	"service_level_state", "service_level", "threshold",
	sizeof(ServiceLevelState),
	lengthof(service_level_fields), service_level_fields, check_service_level
};

static const KpiStateField asa_fields[] = {
	STATE_FIELD(AsaState, answered, false, 0),
	STATE_FIELD(AsaState, wait_us, true, 0),
};
static const char *check_asa(const void *state);
const KpiStateType kpi_asa_state_type = {
	"asa_state", "avg_speed_of_answer", NULL,
	sizeof(AsaState), lengthof(asa_fields), asa_fields, check_asa
};

static const KpiStateField abandonment_fields[] = {
	STATE_FIELD(AbandonmentState, short_abandon_us, false, -1),
	STATE_FIELD(AbandonmentState, offered, false, 0),
	STATE_FIELD(AbandonmentState, abandoned, false, 0),
	STATE_FIELD(AbandonmentState, short_abandoned, false, 0),
};
const KpiStateType kpi_abandonment_state_type = {
	"abandonment_state", "abandonment_rate", "short_abandon",
	sizeof(AbandonmentState),
	lengthof(abandonment_fields), abandonment_fields, check_abandonment
};

/* A share cannot count more favourable cases than cases. */
static const char *
check_share(const void *state)
{
	const ShareState *share = state;

	if (share->hits > share->total)
		return "The first count exceeds the total";
	return NULL;
}

/* Every effort score lies in 1..7, which bounds the score sum. */
static const char *
check_ces(const void *state)
{
	const CesState *ces = state;

	if (ces->score_sum < ces->responses ||
		(int128) ces->score_sum > (int128) ces->responses * 7)
		return "The score_sum must lie between 1 and 7 times responses";
	return NULL;
}

/* No handle time without a contact to carry it. */
static const char *
check_aht(const void *state)
{
	const AhtState *aht = state;

	if (aht->contacts == 0 && aht->handle_us != 0)
		return "The handle_us must be 0 when contacts is 0";
	return NULL;
}

/* No waiting time without an answered contact to carry it. */
static const char *
check_asa(const void *state)
{
	const AsaState *asa = state;

	if (asa->answered == 0 && asa->wait_us != 0)
		return "The wait_us must be 0 when answered is 0";
	return NULL;
}

/* Sub-counts within their totals, and no counts before a threshold. */
static const char *
check_service_level(const void *state)
{
	const ServiceLevelState *sl = state;

	if (sl->answered_within > sl->answered)
		return "The answered_within count exceeds answered";
	if (sl->threshold_us == -1 &&
		(sl->answered != 0 || sl->abandoned_after != 0))
		return "A state with counts needs a threshold_us";
	return NULL;
}

/* Short abandons are abandons, abandons are offered contacts. */
static const char *
check_abandonment(const void *state)
{
	const AbandonmentState *ab = state;

	if (ab->short_abandoned > ab->abandoned)
		return "The short_abandoned count exceeds abandoned";
	if (ab->abandoned > ab->offered)
		return "The abandoned count exceeds offered";
	if (ab->short_abandon_us == -1 && ab->offered != 0)
		return "A state with counts needs a short_abandon_us";
	return NULL;
}

/* Store a parsed or received field value after checking its range. */
static const char *
store_field(const KpiStateField *field, int128 value, void *state)
{
	char	   *slot = (char *) state + field->offset;

	if (value < field->min_value)
		return field->min_value == 0 ?
			"Counts and durations must not be negative" :
			"Thresholds must be -1 (unset) or a non-negative duration";
	if (field->wide)
		memcpy(slot, &value, sizeof(int128));
	else
	{
		int64		narrow;

		if (value > PG_INT64_MAX)
			return "A count or threshold is out of range for bigint";
		narrow = (int64) value;
		memcpy(slot, &narrow, sizeof(int64));
	}
	return NULL;
}

/* Read a field back as int128 whatever its width. */
static int128
load_field(const KpiStateField *field, const void *state)
{
	const char *slot = (const char *) state + field->offset;

	if (field->wide)
	{
		int128		value;

		memcpy(&value, slot, sizeof(int128));
		return value;
	}
	else
	{
		int64		value;

		memcpy(&value, slot, sizeof(int64));
		return value;
	}
}

/* Skip ASCII white space. */
static const char *
skip_space(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	return p;
}

/*
 * Parse a state literal into *state (of type->size bytes).  Returns NULL on
 * success or a static message saying which rule the text broke.
 */
const char *
kpi_state_parse(const KpiStateType *type, const char *text, void *state)
{
	const char *p = skip_space(text);

	memset(state, 0, type->size);
	if (*p++ != '(')
		return "A state literal starts with \"(\"";
	for (int i = 0; i < type->nfields; i++)
	{
		const KpiStateField *field = &type->fields[i];
		size_t		name_length = strlen(field->name);
		bool		negative = false;
		int128		value = 0;
		int			digits = 0;
		const char *problem;

		p = skip_space(p);
		if (strncmp(p, field->name, name_length) != 0)
			return "The fields must be named, in the documented order";
		p = skip_space(p + name_length);
		if (*p++ != '=')
			return "A field name is followed by \"=\"";
		p = skip_space(p);
		if (*p == '-')
		{
			negative = true;
			p++;
		}
		while (*p >= '0' && *p <= '9')
		{
			int			digit = *p++ - '0';

			if (value > (KPI_INT128_MAX - digit) / 10)
				return "A field value is out of range";
			value = value * 10 + digit;
			digits++;
		}
		if (digits == 0 || *p == '.' || *p == 'e' || *p == 'E' ||
			(*p >= '0' && *p <= '9'))
			return "A field value must be an integer";
		if (negative)
			value = -value;
		if ((problem = store_field(field, value, state)) != NULL)
			return problem;
		p = skip_space(p);
		if (*p == '\0' || (*p == ')' && i < type->nfields - 1))
			return "The literal ends before all fields are given";
		if (*p++ != (i == type->nfields - 1 ? ')' : ','))
			return i == type->nfields - 1 ?
				"The last field is followed by \")\"" :
				"Fields are separated by \",\"";
	}
	if (*skip_space(p) != '\0')
		return "Unexpected text after \")\"";
	return type->check ? type->check(state) : NULL;
}

/* Append the decimal digits of a non-negative or -1 int128. */
static char *
format_int128(char *out, int128 value)
{
	char		digits[41];
	int			n = 0;
	uint128		magnitude = value < 0 ? (uint128) (-value) : (uint128) value;

	do
	{
		digits[n++] = '0' + (int) (magnitude % 10);
		magnitude /= 10;
	} while (magnitude > 0);
	if (value < 0)
		*out++ = '-';
	while (n > 0)
		*out++ = digits[--n];
	return out;
}

/* Decimal text of an int128, in palloc'd memory, for messages. */
char *
kpi_int128_text(int128 value)
{
	char	   *text = palloc(42);

	*format_int128(text, value) = '\0';
	return text;
}

/* Print a state in its canonical text form, in palloc'd memory. */
char *
kpi_state_format(const KpiStateType *type, const void *state)
{
	size_t		room = 2;
	char	   *result;
	char	   *out;

	for (int i = 0; i < type->nfields; i++)
		room += strlen(type->fields[i].name) + 2 + 41;
	result = out = palloc(room);
	*out++ = '(';
	for (int i = 0; i < type->nfields; i++)
	{
		const KpiStateField *field = &type->fields[i];

		if (i > 0)
			*out++ = ',';
		strcpy(out, field->name);
		out += strlen(field->name);
		*out++ = '=';
		out = format_int128(out, load_field(field, state));
	}
	*out++ = ')';
	*out = '\0';
	return result;
}

/* A private copy of a state, for a transition function called directly. */
void *
kpi_state_copy(FunctionCallInfo fcinfo, size_t size)
{
	void	   *copy = palloc(size);

	memcpy(copy, PG_GETARG_POINTER(0), size);
	return copy;
}

/* Text input of a state type, rejecting what the parser rejects. */
static Datum
state_in(FunctionCallInfo fcinfo, const KpiStateType *type)
{
	char	   *text = PG_GETARG_CSTRING(0);
	void	   *state = palloc(type->size);
	const char *problem = kpi_state_parse(type, text, state);

	if (problem != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s: \"%s\"",
						type->type_name, text),
				 errdetail("%s.", problem),
				 errhint("A valid %s looks like \"%s\".", type->type_name,
						 kpi_state_format(type, palloc0(type->size)))));
	PG_RETURN_POINTER(state);
}

/* Text output of a state type. */
static Datum
state_out(FunctionCallInfo fcinfo, const KpiStateType *type)
{
	PG_RETURN_CSTRING(kpi_state_format(type, PG_GETARG_POINTER(0)));
}

/* Binary input: every field as int64, int128 fields as two int64 halves. */
static Datum
state_recv(FunctionCallInfo fcinfo, const KpiStateType *type)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	void	   *state = palloc0(type->size);
	const char *problem = NULL;

	for (int i = 0; i < type->nfields && problem == NULL; i++)
	{
		const KpiStateField *field = &type->fields[i];
		int128		value = (int64) pq_getmsgint64(buf);

		if (field->wide)
			value = value * ((int128) 1 << 64) + (uint64) pq_getmsgint64(buf);
		problem = store_field(field, value, state);
	}
	if (problem == NULL && type->check)
		problem = type->check(state);
	if (problem != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type %s", type->type_name),
				 errdetail("%s.", problem)));
	PG_RETURN_POINTER(state);
}

/* Binary output, the mirror of state_recv, in network byte order. */
static Datum
state_send(FunctionCallInfo fcinfo, const KpiStateType *type)
{
	const void *state = PG_GETARG_POINTER(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	for (int i = 0; i < type->nfields; i++)
	{
		const KpiStateField *field = &type->fields[i];
		int128		value = load_field(field, state);

		if (field->wide)
		{
			pq_sendint64(&buf, (int64) (value >> 64));
			pq_sendint64(&buf, (uint64) value);
		}
		else
			pq_sendint64(&buf, (int64) value);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/*
 * Combine function of every state type: add the counts and sums of the
 * second state into the first, and insist that thresholds agree.
 */
static Datum
state_combine(FunctionCallInfo fcinfo, const KpiStateType *type)
{
	void	   *state = kpi_state_for_update(fcinfo, type->size);
	const void *other = PG_GETARG_POINTER(1);

	for (int i = 0; i < type->nfields; i++)
	{
		const KpiStateField *field = &type->fields[i];
		char	   *slot = (char *) state + field->offset;
		int128		amount = load_field(field, other);

		if (field->min_value == -1)
			kpi_threshold_merge((int64 *) slot, (int64) amount,
								type->function_name,
								type->threshold_argument);
		else if (field->wide)
			kpi_micros_add((int128 *) slot, amount, type->function_name);
		else
			kpi_count_add((int64 *) slot, (int64) amount,
						  type->function_name);
	}
	PG_RETURN_POINTER(state);
}

/*
 * Inverse of state_combine, for moving window frames over stored states:
 * take the second state's counts and sums back out of the first.
 */
static Datum
state_subtract(FunctionCallInfo fcinfo, const KpiStateType *type)
{
	void	   *state = kpi_state_for_update(fcinfo, type->size);
	const void *other = PG_GETARG_POINTER(1);

	for (int i = 0; i < type->nfields; i++)
	{
		const KpiStateField *field = &type->fields[i];
		char	   *slot = (char *) state + field->offset;
		int128		amount = load_field(field, other);

		if (field->min_value == -1)
			kpi_threshold_merge((int64 *) slot, (int64) amount,
								type->function_name,
								type->threshold_argument);
		else if (field->wide)
			kpi_micros_add((int128 *) slot, -amount, type->function_name);
		else
			kpi_count_add((int64 *) slot, -(int64) amount,
						  type->function_name);
	}
	PG_RETURN_POINTER(state);
}

/*
 * The fields of a state as a jsonb object, so a rollup row can be read
 * without aggregating: {"promoters": 3, "passives": 2, "detractors": 1}.
 */
static Datum
state_counts(FunctionCallInfo fcinfo, const KpiStateType *type)
{
	const void *state = PG_GETARG_POINTER(0);
	StringInfoData json;

	initStringInfo(&json);
	appendStringInfoChar(&json, '{');
	for (int i = 0; i < type->nfields; i++)
		appendStringInfo(&json, "%s\"%s\": %s", i > 0 ? ", " : "",
						 type->fields[i].name,
						 kpi_int128_text(load_field(&type->fields[i], state)));
	appendStringInfoChar(&json, '}');
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(json.data));
}

/*
 * The I/O, combine, subtract and counts functions of one state type, each
 * a thin wrapper that hands the type's descriptor to the generic code above.
 */
#define STATE_IO_FUNCTIONS(name) \
	PG_FUNCTION_INFO_V1(name##_in); \
	Datum name##_in(PG_FUNCTION_ARGS) \
	{ return state_in(fcinfo, &kpi_##name##_type); } \
	PG_FUNCTION_INFO_V1(name##_out); \
	Datum name##_out(PG_FUNCTION_ARGS) \
	{ return state_out(fcinfo, &kpi_##name##_type); } \
	PG_FUNCTION_INFO_V1(name##_recv); \
	Datum name##_recv(PG_FUNCTION_ARGS) \
	{ return state_recv(fcinfo, &kpi_##name##_type); } \
	PG_FUNCTION_INFO_V1(name##_send); \
	Datum name##_send(PG_FUNCTION_ARGS) \
	{ return state_send(fcinfo, &kpi_##name##_type); } \
	PG_FUNCTION_INFO_V1(name##_combine); \
	Datum name##_combine(PG_FUNCTION_ARGS) \
	{ return state_combine(fcinfo, &kpi_##name##_type); } \
	PG_FUNCTION_INFO_V1(name##_subtract); \
	Datum name##_subtract(PG_FUNCTION_ARGS) \
	{ return state_subtract(fcinfo, &kpi_##name##_type); } \
	PG_FUNCTION_INFO_V1(name##_counts); \
	Datum name##_counts(PG_FUNCTION_ARGS) \
	{ return state_counts(fcinfo, &kpi_##name##_type); }

STATE_IO_FUNCTIONS(nps_state)
STATE_IO_FUNCTIONS(csat_state)
STATE_IO_FUNCTIONS(fcr_state)
STATE_IO_FUNCTIONS(ces_state)
STATE_IO_FUNCTIONS(aht_state)
STATE_IO_FUNCTIONS(utilization_state)
STATE_IO_FUNCTIONS(occupancy_state)
STATE_IO_FUNCTIONS(service_level_state)
STATE_IO_FUNCTIONS(asa_state)
STATE_IO_FUNCTIONS(abandonment_state)
