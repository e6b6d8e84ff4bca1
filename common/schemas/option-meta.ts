import { z } from 'zod';

/** A text shown to people in both of the console's languages. */
export const optionTextsSchema = z.object({ vi: z.string().min(1), en: z.string().min(1) });
export type OptionTexts = z.infer<typeof optionTextsSchema>;

/**
 * What a connector's option schema says about an option for the console's form, declared beside it with
 * `.meta({ label, help })`. `z.toJSONSchema` copies both into the JSON Schema of `connectors.types`.
 */
declare module 'zod' {
  interface GlobalMeta {
    /** The option's name in the form, instead of its key ("Chu kỳ đọc" for pollMs). */
    label?: OptionTexts;
    /** One line under the input: the unit, the range, what to type. */
    help?: OptionTexts;
  }
}
