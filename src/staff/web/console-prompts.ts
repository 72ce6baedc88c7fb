/**
 * @module staff/web/console-prompts
 * The console's sentences live in prompts/<lang>/console.yaml like every
 * other sentence staff see; this declares their keys and variables, so a
 * missing or mistyped template stops start-up instead of showing "{count}".
 */
import type { Lang } from '../../dialogue/types.js'
import type { Prompts, PromptSpec } from '../../prompts.js'

const WITH_VARS: PromptSpec = {
  signed_in_as: ['name', 'role'],
  login_too_many: ['seconds'],
  ov_index_ready: ['version'],
  cat_count: ['count', 'page', 'pages'],
  proj_problems: ['count'],
  imp_problems: ['count'],
  imp_problem: ['row', 'column', 'reason'],
  imp_plan: ['added', 'updated', 'unchanged', 'archived'],
  imp_done: ['added', 'updated', 'archived'],
  imp_failed: ['reason'],
  imp_undone: ['n'],
  rep_days: ['days'],
  rep_word_added: ['say', 'means'],
  rep_word_problem: ['reason'],
  not_total: ['count'],
  not_sent: ['sent', 'failed', 'skipped'],
  acc_added: ['name'],
  acc_removed: ['name'],
  error_generic: ['reason'],
}

const PLAIN = `app_title nav_overview nav_catalogue nav_import nav_hit_test nav_report nav_notices nav_accounts sign_out
role_editor role_viewer switch_lang login_title login_username login_password login_submit login_wrong csrf_refused
viewer_refused not_found ov_active ov_archived ov_index ov_index_updating ov_questions_week ov_nothing_share ov_feedback
ov_by_topic ov_by_audience cat_search cat_search_hint cat_all cat_topic cat_audience cat_region cat_format cat_status
cat_filter cat_prev cat_next cat_export_xlsx cat_export_csv cat_id cat_title cat_provider cat_fee status_active
status_archived format_online format_offline format_hybrid proj_edit proj_save proj_archive proj_restore proj_saved
proj_archived proj_restored proj_unchanged proj_back proj_edit_hint imp_title imp_hint imp_file imp_check imp_added
imp_updated imp_archived imp_field imp_before imp_after imp_confirm imp_cancel imp_cancelled imp_expired imp_progress
imp_no_file imp_bad_type imp_history imp_who imp_when imp_kind imp_files imp_counts imp_undo imp_nothing_to_undo
imp_kind_import imp_kind_archive imp_kind_rollback imp_rolled_back hit_question hit_run hit_slots hit_results hit_none
hit_reply_zh hit_reply_en hit_rank hit_project hit_lexical hit_vector hit_slot hit_fused slot_terms slot_topics
slot_audiences slot_region slot_format slot_free slot_time slot_none slot_explicit slot_implied rep_period
rep_over_time rep_csv rep_add_word rep_say rep_means rep_staff_words rep_questions not_subscribers not_preview not_none
not_send not_to not_projects acc_web acc_chat acc_log acc_name acc_role acc_password acc_add acc_remove acc_channel
acc_user_id acc_source acc_source_env acc_self acc_at acc_who acc_action acc_detail acc_refused acc_did empty`

/** Every console template key with the variables it may use. */
export const CONSOLE_PROMPTS: PromptSpec = {
  ...Object.fromEntries(PLAIN.split(/\s+/).map((k) => [k, []])),
  ...WITH_VARS,
}

/** A console sentence in one language. */
export type Translate = (key: string, vars?: Record<string, string | number>) => string

/** Declares the console templates (once) and returns a translator for `lang`. */
export function consoleTranslator(prompts: Prompts, lang: Lang): Translate {
  return (key, vars) => prompts.t(lang, `console.${key}`, vars)
}
