-- catalog.sql: a listing of every member object of the kpi extension, one
-- line per property, "object | property | value", sorted.  Two databases
-- whose listings are equal hold the same extension objects: the upgrade
-- suite compares an updated database with a fresh install this way.
-- Nothing in it depends on OIDs: objects are named by their identity and
-- referenced objects by regprocedure/regtype/regoperator text, printed with
-- search_path = pg_catalog so that every name of the extension is
-- schema-qualified the same way in both databases.  Privileges are listed
-- in effect: a missing ACL as its default, the entries sorted, so that a
-- GRANT that restores the default or grants in another order does not
-- count as a difference.  What is NOT compared, on purpose: OIDs;
-- pg_depend (its order, and whether an operator family member depends on
-- its class or its family: no behaviour depends on it); the sort order
-- numbers of enum labels (only their order); pg_init_privs (an extension
-- script's GRANT records it together with the ACL).
-- test/upgrade/mutations.sql lists the changes this listing must show
-- (checked by test/upgrade/check-mutations.py in the upgrade suite): add a
-- block there for a property added here.
SET search_path = pg_catalog;

WITH ext AS (
	SELECT oid FROM pg_extension WHERE extname = 'kpi'
), members AS (
	SELECT d.classid, d.objid,
	       (pg_identify_object(d.classid, d.objid, 0)).type || ' ' ||
	       (pg_identify_object(d.classid, d.objid, 0)).identity AS obj
	FROM pg_depend d, ext
	WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e'
), props(obj, prop, val) AS (
	-- the extension itself
	SELECT 'extension kpi', 'version', extversion FROM pg_extension WHERE extname = 'kpi'
	UNION ALL SELECT 'extension kpi', 'schema', extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'kpi'
	UNION ALL SELECT 'extension kpi', 'relocatable', extrelocatable::text FROM pg_extension WHERE extname = 'kpi'
	UNION ALL SELECT 'extension kpi', 'config tables', coalesce((SELECT string_agg(c.tab::regclass::text || ' ' || quote_literal(c.cond), ', ' ORDER BY c.tab::regclass::text)
	                                                             FROM unnest(extconfig, extcondition) c(tab, cond)), '')
	FROM pg_extension WHERE extname = 'kpi'
	-- kpi.control's comment reaches a fresh install only: an upgrade that
	-- changes it says COMMENT ON EXTENSION
	UNION ALL SELECT 'extension kpi', 'comment', coalesce(obj_description(oid, 'pg_extension'), '(none)') FROM pg_extension WHERE extname = 'kpi'
	-- its schema is no member, but an upgrade script must not change who
	-- owns or may use it
	UNION ALL SELECT 'extension kpi', x.prop, x.val
	FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
	CROSS JOIN LATERAL (VALUES
		('schema owner', n.nspowner::regrole::text),
		('schema acl', (SELECT '{' || string_agg(a::text, ',' ORDER BY a::text) || '}' FROM unnest(coalesce(n.nspacl, acldefault('n', n.nspowner))) a))
	) x(prop, val)
	WHERE e.extname = 'kpi'
	-- every member: that it exists, its comment
	UNION ALL SELECT m.obj, 'member', 'yes' FROM members m
	UNION ALL SELECT m.obj, 'comment', coalesce(dsc.description, '(none)')
	FROM members m LEFT JOIN pg_description dsc
	  ON dsc.classoid = m.classid AND dsc.objoid = m.objid AND dsc.objsubid = 0
	-- members of a kind that no query below describes: shown as such, so
	-- that a diff says their properties were not compared
	UNION ALL SELECT m.obj, 'properties', 'not listed by catalog.sql (' || m.classid::regclass::text || ')'
	FROM members m
	WHERE m.classid NOT IN ('pg_proc'::regclass, 'pg_type'::regclass, 'pg_operator'::regclass, 'pg_opclass'::regclass,
	                        'pg_opfamily'::regclass, 'pg_cast'::regclass, 'pg_class'::regclass)
	-- functions, procedures and aggregates
	UNION ALL SELECT m.obj, x.prop, x.val
	FROM members m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
	CROSS JOIN LATERAL (VALUES
		('kind', p.prokind::text),
		('language', (SELECT lanname::text FROM pg_language WHERE oid = p.prolang)),
		('arguments', pg_get_function_arguments(p.oid)),
		('result', pg_get_function_result(p.oid)),
		('return type', p.prorettype::regtype::text),
		('returns set', p.proretset::text),
		('variadic', p.provariadic::regtype::text),
		('argument modes', coalesce(p.proargmodes::text, '')),
		('all argument types', coalesce(p.proallargtypes::regtype[]::text, '')),
		('argument names', coalesce(p.proargnames::text, '')),
		('prosrc', p.prosrc),
		('probin', coalesce(p.probin, '')),
		('sql body', coalesce(pg_get_function_sqlbody(p.oid), '')),
		('volatility', CASE p.provolatile WHEN 'i' THEN 'immutable' WHEN 's' THEN 'stable' ELSE 'volatile' END),
		('parallel', CASE p.proparallel WHEN 's' THEN 'safe' WHEN 'r' THEN 'restricted' ELSE 'unsafe' END),
		('strict', p.proisstrict::text),
		('security definer', p.prosecdef::text),
		('leakproof', p.proleakproof::text),
		('cost', p.procost::text),
		('rows', p.prorows::text),
		('support', nullif(p.prosupport, 0)::regprocedure::text),
		('config', coalesce(p.proconfig::text, '')),
		('transforms', coalesce(p.protrftypes::regtype[]::text, '')),
		('owner', p.proowner::regrole::text),
		('acl', (SELECT '{' || string_agg(a::text, ',' ORDER BY a::text) || '}' FROM unnest(coalesce(p.proacl, acldefault('f', p.proowner))) a))
	) x(prop, val)
	UNION ALL SELECT m.obj, x.prop, x.val
	FROM members m JOIN pg_aggregate a ON m.classid = 'pg_proc'::regclass AND a.aggfnoid = m.objid
	CROSS JOIN LATERAL (VALUES
		('aggregate kind', a.aggkind::text),
		('direct arguments', a.aggnumdirectargs::text),
		('transition function', a.aggtransfn::regprocedure::text),
		('final function', nullif(a.aggfinalfn, 0)::regprocedure::text),
		('combine function', nullif(a.aggcombinefn, 0)::regprocedure::text),
		('serial function', nullif(a.aggserialfn, 0)::regprocedure::text),
		('deserial function', nullif(a.aggdeserialfn, 0)::regprocedure::text),
		('moving transition function', nullif(a.aggmtransfn, 0)::regprocedure::text),
		('moving inverse function', nullif(a.aggminvtransfn, 0)::regprocedure::text),
		('moving final function', nullif(a.aggmfinalfn, 0)::regprocedure::text),
		('final extra', a.aggfinalextra::text),
		('moving final extra', a.aggmfinalextra::text),
		('final modify', a.aggfinalmodify::text),
		('moving final modify', a.aggmfinalmodify::text),
		('sort operator', nullif(a.aggsortop, 0)::regoperator::text),
		('state type', a.aggtranstype::regtype::text),
		('state space', a.aggtransspace::text),
		('moving state type', nullif(a.aggmtranstype, 0)::regtype::text),
		('moving state space', a.aggmtransspace::text),
		('initial value', coalesce(a.agginitval, '(null)')),
		('moving initial value', coalesce(a.aggminitval, '(null)'))
	) x(prop, val)
	-- types
	UNION ALL SELECT m.obj, x.prop, x.val
	FROM members m JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
	CROSS JOIN LATERAL (VALUES
		('type kind', t.typtype::text),
		('length', t.typlen::text),
		('by value', t.typbyval::text),
		('category', t.typcategory::text),
		('preferred', t.typispreferred::text),
		('delimiter', t.typdelim::text),
		('input', nullif(t.typinput, 0)::regprocedure::text),
		('output', nullif(t.typoutput, 0)::regprocedure::text),
		('receive', nullif(t.typreceive, 0)::regprocedure::text),
		('send', nullif(t.typsend, 0)::regprocedure::text),
		('typmod input', nullif(t.typmodin, 0)::regprocedure::text),
		('typmod output', nullif(t.typmodout, 0)::regprocedure::text),
		('analyze', nullif(t.typanalyze, 0)::regprocedure::text),
		('subscript', nullif(t.typsubscript, 0)::regprocedure::text),
		('alignment', t.typalign::text),
		('storage', t.typstorage::text),
		('not null', t.typnotnull::text),
		('base type', t.typbasetype::regtype::text),
		('typmod', t.typtypmod::text),
		('dimensions', t.typndims::text),
		('collation', t.typcollation::regcollation::text),
		('default', coalesce(t.typdefault, '(none)')),
		('element type', t.typelem::regtype::text),
		('array type', t.typarray::regtype::text),
		('owner', t.typowner::regrole::text),
		('acl', (SELECT '{' || string_agg(a::text, ',' ORDER BY a::text) || '}' FROM unnest(coalesce(t.typacl, acldefault('T', t.typowner))) a)),
		('enum labels', (SELECT string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder)
		                 FROM pg_enum e WHERE e.enumtypid = t.oid)),
		('constraints', (SELECT string_agg(c.conname || ' ' || pg_get_constraintdef(c.oid), '; ' ORDER BY c.conname)
		                 FROM pg_constraint c WHERE c.contypid = t.oid)),
		('attributes', (SELECT string_agg(at.attname || ' ' || format_type(at.atttypid, at.atttypmod), ', ' ORDER BY at.attnum)
		                FROM pg_attribute at WHERE at.attrelid = t.typrelid AND at.attnum > 0 AND NOT at.attisdropped)),
		('attribute comments', (SELECT string_agg(at.attname || ': ' || dsc.description, '; ' ORDER BY at.attnum)
		                        FROM pg_attribute at JOIN pg_description dsc ON dsc.classoid = 'pg_class'::regclass
		                          AND dsc.objoid = at.attrelid AND dsc.objsubid = at.attnum
		                        WHERE at.attrelid = t.typrelid AND at.attnum > 0 AND NOT at.attisdropped))
	) x(prop, val)
	-- operators
	UNION ALL SELECT m.obj, x.prop, x.val
	FROM members m JOIN pg_operator o ON m.classid = 'pg_operator'::regclass AND o.oid = m.objid
	CROSS JOIN LATERAL (VALUES
		('operator kind', o.oprkind::text),
		('result', o.oprresult::regtype::text),
		('function', o.oprcode::regprocedure::text),
		('commutator', nullif(o.oprcom, 0)::regoperator::text),
		('negator', nullif(o.oprnegate, 0)::regoperator::text),
		('restrict', nullif(o.oprrest, 0)::regprocedure::text),
		('join', nullif(o.oprjoin, 0)::regprocedure::text),
		('merges', o.oprcanmerge::text),
		('hashes', o.oprcanhash::text),
		('owner', o.oprowner::regrole::text)
	) x(prop, val)
	-- operator classes and families (with their members)
	UNION ALL SELECT m.obj, x.prop, x.val
	FROM members m JOIN pg_opclass c ON m.classid = 'pg_opclass'::regclass AND c.oid = m.objid
	CROSS JOIN LATERAL (VALUES
		('input type', c.opcintype::regtype::text),
		('default', c.opcdefault::text),
		('family', (pg_identify_object('pg_opfamily'::regclass, c.opcfamily, 0)).identity),
		('key type', nullif(c.opckeytype, 0)::regtype::text),
		('owner', c.opcowner::regrole::text)
	) x(prop, val)
	UNION ALL SELECT m.obj, 'owner', f.opfowner::regrole::text
	FROM members m JOIN pg_opfamily f ON m.classid = 'pg_opfamily'::regclass AND f.oid = m.objid
	UNION ALL SELECT m.obj,
	       format('operator %s(%s,%s)', ao.amopstrategy, ao.amoplefttype::regtype, ao.amoprighttype::regtype),
	       format('%s purpose %s%s', ao.amopopr::regoperator, ao.amoppurpose,
	              CASE WHEN ao.amopsortfamily <> 0 THEN ' sort family ' ||
	                   (pg_identify_object('pg_opfamily'::regclass, ao.amopsortfamily, 0)).identity ELSE '' END)
	FROM members m JOIN pg_amop ao ON m.classid = 'pg_opfamily'::regclass AND ao.amopfamily = m.objid
	UNION ALL SELECT m.obj,
	       format('function %s(%s,%s)', ap.amprocnum, ap.amproclefttype::regtype, ap.amprocrighttype::regtype),
	       ap.amproc::regprocedure::text
	FROM members m JOIN pg_amproc ap ON m.classid = 'pg_opfamily'::regclass AND ap.amprocfamily = m.objid
	-- casts
	UNION ALL SELECT m.obj, x.prop, x.val
	FROM members m JOIN pg_cast c ON m.classid = 'pg_cast'::regclass AND c.oid = m.objid
	CROSS JOIN LATERAL (VALUES
		('function', nullif(c.castfunc, 0)::regprocedure::text),
		('context', c.castcontext::text),
		('method', c.castmethod::text)
	) x(prop, val)
	-- tables, views, sequences
	UNION ALL SELECT m.obj, x.prop, x.val
	FROM members m JOIN pg_class r ON m.classid = 'pg_class'::regclass AND r.oid = m.objid
	CROSS JOIN LATERAL (VALUES
		('relation kind', r.relkind::text),
		('persistence', r.relpersistence::text),
		('options', coalesce(r.reloptions::text, '')),
		('row security', format('%s, forced %s', r.relrowsecurity::text, r.relforcerowsecurity::text)),
		('columns', (SELECT string_agg(at.attname || ' ' || format_type(at.atttypid, at.atttypmod)
		                               || CASE WHEN at.attnotnull THEN ' NOT NULL' ELSE '' END
		                               || CASE WHEN at.attgenerated = 's' THEN ' GENERATED' ELSE '' END
		                               || coalesce(' DEFAULT ' || pg_get_expr(ad.adbin, ad.adrelid), '')
		                               || CASE WHEN at.attcollation <> 0 THEN ' COLLATE ' || at.attcollation::regcollation::text ELSE '' END,
		                               ', ' ORDER BY at.attnum)
		             FROM pg_attribute at LEFT JOIN pg_attrdef ad ON ad.adrelid = at.attrelid AND ad.adnum = at.attnum
		             WHERE at.attrelid = r.oid AND at.attnum > 0 AND NOT at.attisdropped)),
		('column comments', (SELECT string_agg(at.attname || ': ' || dsc.description, '; ' ORDER BY at.attnum)
		                     FROM pg_attribute at JOIN pg_description dsc ON dsc.classoid = 'pg_class'::regclass
		                       AND dsc.objoid = at.attrelid AND dsc.objsubid = at.attnum
		                     WHERE at.attrelid = r.oid AND at.attnum > 0 AND NOT at.attisdropped)),
		('column acl', (SELECT string_agg(at.attname || ' ' || at.attacl::text, '; ' ORDER BY at.attnum)
		                FROM pg_attribute at WHERE at.attrelid = r.oid AND at.attnum > 0 AND at.attacl IS NOT NULL)),
		-- not the NOT NULL constraints, which PostgreSQL 18 also keeps in
		-- pg_constraint (named <table>_<column>_not_null): the columns line
		-- shows NOT NULL on every version
		('constraints', (SELECT string_agg(c.conname || ' ' || pg_get_constraintdef(c.oid), '; ' ORDER BY c.conname)
		                 FROM pg_constraint c WHERE c.conrelid = r.oid AND c.contype <> 'n')),
		('indexes', (SELECT string_agg(pg_get_indexdef(i.indexrelid), '; ' ORDER BY pg_get_indexdef(i.indexrelid))
		             FROM pg_index i WHERE i.indrelid = r.oid)),
		('triggers', (SELECT string_agg(pg_get_triggerdef(tg.oid), '; ' ORDER BY tg.tgname)
		              FROM pg_trigger tg WHERE tg.tgrelid = r.oid AND NOT tg.tgisinternal)),
		('policies', (SELECT string_agg(format('%s %s %s to %s using %s check %s', pol.polname,
		                                       CASE WHEN pol.polpermissive THEN 'permissive' ELSE 'restrictive' END, pol.polcmd,
		                                       (SELECT string_agg(CASE rl WHEN 0 THEN 'public' ELSE rl::regrole::text END, ',' ORDER BY 1)
		                                        FROM unnest(pol.polroles) rl),
		                                       pg_get_expr(pol.polqual, pol.polrelid), pg_get_expr(pol.polwithcheck, pol.polrelid)),
		                                '; ' ORDER BY pol.polname)
		              FROM pg_policy pol WHERE pol.polrelid = r.oid)),
		('sequence', (SELECT format('%s start %s increment %s min %s max %s cache %s cycle %s', sq.seqtypid::regtype,
		                            sq.seqstart, sq.seqincrement, sq.seqmin, sq.seqmax, sq.seqcache, sq.seqcycle::text)
		              FROM pg_sequence sq WHERE sq.seqrelid = r.oid)),
		('view definition', CASE WHEN r.relkind IN ('v', 'm') THEN pg_get_viewdef(r.oid) END),
		('owner', r.relowner::regrole::text),
		('acl', (SELECT '{' || string_agg(a::text, ',' ORDER BY a::text) || '}'
		         FROM unnest(coalesce(r.relacl, acldefault(CASE r.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", r.relowner))) a))
	) x(prop, val)
)
SELECT line FROM (
	SELECT obj || ' | ' || prop || ' | ' || replace(coalesce(val, '-'), E'\n', '\n') AS line FROM props
) lines
ORDER BY line COLLATE "C";
