/*
 * status_agg.c
 *		The worse and the better of two kpi_status values: the transition
 *		and combine functions of min(kpi_status) and max(kpi_status).
 *
 * PostgreSQL's min(anyenum) already finds the worst status, but a
 * distributed planner does not always push a polymorphic built-in down
 * (Citus 13 fails with "no matching oid for function: min" when grouping
 * by a non-distribution column).  An aggregate over the exact type, with
 * a combine function and a plain enum state, is pushed down like kpi's
 * other aggregates; an exact argument type wins over anyenum in function
 * resolution, so min(status) picks it while min() of any other enum keeps
 * using the built-in.
 */
#include "kpi.h"

#include "utils/lsyscache.h"
#include "utils/typcache.h"

/*
 * Compare two labels of kpi_status by their declared order.  The type is
 * the function's own result type, looked up once per call site: labels
 * are ordered by pg_enum.enumsortorder, which OIDs need not follow.
 */
static int
status_compare(FunctionCallInfo fcinfo, Oid a, Oid b)
{
	TypeCacheEntry *type_cache = fcinfo->flinfo->fn_extra;

	if (a == b)
		return 0;
	if (type_cache == NULL)
	{
		type_cache = lookup_type_cache(get_func_rettype(fcinfo->flinfo->fn_oid), 0);
		fcinfo->flinfo->fn_extra = type_cache;
	}
	return compare_values_of_enum(type_cache, a, b);
}

PG_FUNCTION_INFO_V1(kpi_status_worse);
/* The worse of two statuses (missed < at_risk < met): min's step. */
Datum
kpi_status_worse(PG_FUNCTION_ARGS)
{
	Oid			a = PG_GETARG_OID(0);
	Oid			b = PG_GETARG_OID(1);

	PG_RETURN_OID(status_compare(fcinfo, a, b) <= 0 ? a : b);
}

PG_FUNCTION_INFO_V1(kpi_status_better);
/* The better of two statuses: max's step. */
Datum
kpi_status_better(PG_FUNCTION_ARGS)
{
	Oid			a = PG_GETARG_OID(0);
	Oid			b = PG_GETARG_OID(1);

	PG_RETURN_OID(status_compare(fcinfo, a, b) >= 0 ? a : b);
}
