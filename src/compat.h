/*
 * compat.h
 *		The differences between the PostgreSQL major versions kpi builds
 *		for (15, 16, 17 and 18), in one place.  The rest of the code is
 *		written against the newest API; this header supplies what an older
 *		server lacks, so no other file tests PG_VERSION_NUM.
 *
 *		Included by kpi.h after the server headers it depends on.
 */
#ifndef KPI_COMPAT_H
#define KPI_COMPAT_H

#include "fmgr.h"
#include "datatype/timestamp.h"

/*
 * 18 marks a function that never returns with pg_noreturn, written before
 * the declaration (C11 _Noreturn where the compiler is C11, as 18 does);
 * 15 to 17 have only pg_attribute_noreturn(), a GCC attribute that may
 * stand there too.
 */
#ifndef pg_noreturn
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define pg_noreturn _Noreturn
#else
#define pg_noreturn pg_attribute_noreturn()
#endif
#endif

/*
 * 17 added infinite intervals (+/-infinity, all three fields at their
 * limits); before it every interval is finite.
 */
#ifndef INTERVAL_NOT_FINITE
#define INTERVAL_NOT_FINITE(i) false
#endif

/*
 * 18 lets a module state its name and version, which
 * pg_get_loaded_modules() shows; earlier servers take the plain magic
 * block.
 */
#ifdef PG_MODULE_MAGIC_EXT
#define KPI_MODULE_MAGIC PG_MODULE_MAGIC_EXT(.name = "kpi", .version = KPI_RELEASE_VERSION)
#else
#define KPI_MODULE_MAGIC PG_MODULE_MAGIC
#endif

/*
 * 16 declares the module's load function in fmgr.h; 15 leaves it to the
 * module.  The same declaration again is harmless where fmgr.h has it.
 */
extern PGDLLEXPORT void _PG_init(void);

#endif							/* KPI_COMPAT_H */
