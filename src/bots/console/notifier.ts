import type { DeliveryResult } from '../../domain/ports.ts';
import { formatAddress, type Notifier, type OutboundMessage } from '../contract.ts';
import { renderText, type TextOptions } from '../core/render-text.ts';
import type { Reply } from '../core/reply.ts';

/** Where console output goes: prints a block of text (with the reply it renders, when it is one). */
export type Printer = (text: string, reply?: Reply) => void;

/**
 * The Notifier of the console platform: prints what the scheduler (or anything else) sends into the running
 * terminal chat, rendered exactly as the chat renders replies. `attach` lets a running chat take over printing so
 * a reminder does not garble the line being typed.
 */
export class ConsoleNotifier implements Notifier {
  readonly platform = 'console' as const;
  private printer: Printer;
  private counter = 0;
  private text: TextOptions = { titles: 'plain' };

  constructor(printer: Printer) {
    this.printer = printer;
  }

  /** Prints through `printer` from now on, rendered as that chat renders (the chat calls this when it starts). */
  attach(printer: Printer, text: TextOptions = this.text): void {
    this.printer = printer;
    this.text = text;
  }

  async send(message: OutboundMessage): Promise<DeliveryResult> {
    this.printer(`🔔 ${formatAddress(message.to)}\n${renderText(message.reply, this.text)}`, message.reply);
    this.counter += 1;
    return { ok: true, messageId: `console-${this.counter}` };
  }

  /** The terminal cannot change what it printed: the updated message is printed again, marked as such. */
  async update(message: OutboundMessage & { readonly messageId: string }): Promise<DeliveryResult> {
    this.printer(
      `✏️ ${formatAddress(message.to)} (${message.messageId})\n${renderText(message.reply, this.text)}`,
      message.reply,
    );
    return { ok: true, messageId: message.messageId };
  }
}
