// Checks of the answer kinds and of item order: an order names every item once and asks
// no item before one its condition reads; an option of an item that allows "does not
// apply" is not itself called "na".

import { interleaved, orderConflict } from "../../engine/order.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { allowsNotApplicable, NOT_APPLICABLE } from "../../model/kinds.ts";
import type { CheckContext } from "./context.ts";
import { kindsMessages } from "./messages/kinds.ts";

export function checkKinds(ctx: CheckContext): void {
  const m = messagesFor(ctx.lang, kindsMessages);
  ctx.q.items.forEach((item, i) => {
    if (item.type === "likert" || item.type === "text") return;
    if (!allowsNotApplicable(ctx.model, item)) return;
    item.options.forEach((o, j) => {
      if (o.value === NOT_APPLICABLE)
        ctx.report(["items", i, "options", j, "value"], m.naValue(item.id));
    });
  });
  checkOrder(ctx);
}

function checkOrder(ctx: CheckContext): void {
  const m = messagesFor(ctx.lang, kindsMessages);
  const { model } = ctx;
  const order = ctx.q.order;
  if (order === undefined || order === "file" || order === "shuffle") return;
  if (order === "interleave") {
    const conflict = orderConflict(model, interleaved(model));
    if (conflict) ctx.report(["order"], m.orderBefore(conflict.item, conflict.reads));
    return;
  }
  const first = new Map<string, number>();
  let broken = false;
  order.forEach((id, i) => {
    const seen = first.get(id);
    if (!model.itemIndex.has(id)) {
      broken = true;
      ctx.report(["order", i], m.orderUnknown(id));
    } else if (seen !== undefined) {
      broken = true;
      ctx.report(["order", i], m.orderTwice(id, ctx.line(["order", seen])));
    } else first.set(id, i);
  });
  const missing = model.items.map((it) => it.id).filter((id) => !first.has(id));
  if (missing.length > 0) ctx.report(["order"], m.orderMissing(missing), true);
  if (broken || missing.length > 0) return;
  const conflict = orderConflict(model, order);
  if (conflict)
    ctx.report(
      // Every item is in the order by now (missing ones returned above).
      ["order", first.get(conflict.item)!],
      m.orderBefore(conflict.item, conflict.reads),
    );
}
