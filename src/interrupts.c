/*
 * interrupts.c
 *		Connects the long loops of the files built without the server
 *		(erlang_math.c) to the server's cancel and statement_timeout
 *		handling, when the module is loaded.
 *
 * Those files call kpi_poll_interrupts() every KPI_POLL_INTERVAL steps
 * (kpi.h); here the hook it calls becomes CHECK_FOR_INTERRUPTS, which
 * raises the cancel as an ERROR.  The loops hold nothing but local
 * variables, so leaving them by longjmp is safe.
 */
#include "kpi.h"

#include "miscadmin.h"

/* The hook: raise a pending cancel, timeout or termination. */
static void
check_for_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

/* Module load: the server-free loops may now be cancelled. */
void
_PG_init(void)
{
	kpi_interrupt_hook = check_for_interrupts;
}
