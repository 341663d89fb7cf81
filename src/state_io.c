/*
 * state_io.c
 *		SQL-callable functions of the aggregate state types: text and binary
 *		I/O, combine and subtract, counts as jsonb; and the copy rule of the
 *		transition functions.  The descriptors, rules and text parser they
 *		use are in state_parse.c.
 */
#include "kpi.h"

#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

KPI_MODULE_MAGIC;

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
	char	   *input = PG_GETARG_CSTRING(0);
	void	   *state = palloc(type->size);
	const char *problem = kpi_state_parse(type, input, state);

	if (problem != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s: \"%s\"",
						type->type_name, input),
				 errdetail("%s.", problem),
				 errhint("A valid %s looks like \"%s\".", type->type_name,
						 kpi_state_format(type, palloc0(type->size)))));
	KPI_ASSERT_STATE(type, state);
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
		problem = kpi_state_store_field(field, value, state);
	}
	if (problem == NULL && type->check)
		problem = type->check(state);
	if (problem != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type %s", type->type_name),
				 errdetail("%s.", problem)));
	KPI_ASSERT_STATE(type, state);
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
		int128		value = kpi_state_load_field(field, state);

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
 * Add (weight +1) or take back out (weight -1) the counts and sums of
 * other into state, insisting that thresholds and periods agree; function
 * names the caller in errors.  Sums of valid states are valid; a
 * subtraction is checked like any other removal.
 */
void
kpi_state_merge(const KpiStateType *type, void *state, const void *other,
				int64 weight, const char *function)
{
	for (int i = 0; i < type->nfields; i++)
	{
		const KpiStateField *field = &type->fields[i];
		char	   *slot = (char *) state + field->offset;
		int128		amount = kpi_state_load_field(field, other);

		if (field->min_value == KPI_PERIOD_BOUND_MIN)
		{
			/* a period: this bound and the next field's, one parameter */
			kpi_period_merge((KpiPeriod *) slot,
							 (const KpiPeriod *) ((const char *) other +
												  field->offset),
							 function);
			i++;
		}
		else if (field->min_value == -1)
			kpi_threshold_merge((int64 *) slot, (int64) amount, function,
								type->threshold_argument);
		else if (field->wide)
			kpi_micros_add((int128 *) slot, weight * amount, function);
		else
			kpi_count_add((int64 *) slot, weight * (int64) amount, function);
	}
	kpi_state_updated(type, state, weight);
}

/*
 * Combine (weight +1) and subtract (weight -1) functions of every state
 * type: the second state's counts and sums added into the first, or taken
 * back out of it for moving window frames over stored states.
 */
static Datum
state_add(FunctionCallInfo fcinfo, const KpiStateType *type, int64 weight)
{
	void	   *state = kpi_state_for_update(fcinfo, type->size);

	kpi_state_merge(type, state, PG_GETARG_POINTER(1), weight,
					type->function_name);
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
						 kpi_int128_text(kpi_state_load_field(&type->fields[i], state)));
	appendStringInfoChar(&json, '}');
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(json.data));
}

/*
 * The I/O and counts functions of one state type, each a thin wrapper
 * that hands the type's descriptor to the generic code above.
 */
#define STATE_TEXT_FUNCTIONS(name) \
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
	PG_FUNCTION_INFO_V1(name##_counts); \
	Datum name##_counts(PG_FUNCTION_ARGS) \
	{ return state_counts(fcinfo, &kpi_##name##_type); }

/* STATE_TEXT_FUNCTIONS, and the generic combine and subtract functions. */
#define STATE_IO_FUNCTIONS(name) \
	STATE_TEXT_FUNCTIONS(name) \
	PG_FUNCTION_INFO_V1(name##_combine); \
	Datum name##_combine(PG_FUNCTION_ARGS) \
	{ return state_add(fcinfo, &kpi_##name##_type, 1); } \
	PG_FUNCTION_INFO_V1(name##_subtract); \
	Datum name##_subtract(PG_FUNCTION_ARGS) \
	{ return state_add(fcinfo, &kpi_##name##_type, -1); }

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
STATE_IO_FUNCTIONS(shrinkage_state)
STATE_IO_FUNCTIONS(churn_state)
/* rating_state merges its scale as well as its sums: rating.c combines */
STATE_TEXT_FUNCTIONS(rating_state)
