/**
 * Closes the known gaps between inkjs and ink's reference runtime (inklecate).
 * Applied once, on import, to the inkjs engine modules that both the compiler
 * (Node) and the browser runtime share, so every entry point behaves the same.
 */
import { SimpleJson } from 'inkjs/engine/SimpleJson';
import { JsonSerialisation } from 'inkjs/engine/JsonSerialisation';
import { FloatValue, StringValue, ValueType, VariablePointerValue } from 'inkjs/engine/Value';
import { VariablesState } from 'inkjs/engine/VariablesState';
import { formatInkFloat } from './formatInkFloat.ts';

const PATCHED = Symbol.for('offramp.inkConformance');
const WHOLE_FLOAT_SENTINEL = '\u0001inkfloat:';
const WHOLE_FLOAT_TOKEN = /^-?\d+\.0+f$/;
/** Matches a JSON string (kept as is) or a whole-number float literal such as `2.0`. */
const JSON_STRING_OR_WHOLE_FLOAT = /"(?:[^"\\]|\\.)*"|(-?\d+\.0+)(?![\d.eE])/g;
const MAX_POINTER_HOPS = 64;

interface Patchable {
  [PATCHED]?: true;
}

class WholeFloat {
  constructor(readonly value: number) {}
  toJSON(): string {
    return `${WHOLE_FLOAT_SENTINEL}${this.value}`;
  }
}

/** Rewrites `2.0` outside strings to the explicit float token `"2.0f"` that inkjs understands. */
export function markWholeFloats(json: string): string {
  return json.replace(JSON_STRING_OR_WHOLE_FLOAT, (match, wholeFloat: string | undefined) =>
    wholeFloat === undefined ? match : `"${wholeFloat}f"`,
  );
}

function restoreWholeFloats(json: string): string {
  const sentinel = JSON.stringify(WHOLE_FLOAT_SENTINEL).slice(1, -1);
  return json.split(`"${sentinel}`).reduce((out, part, index) => {
    if (index === 0) return part;
    const end = part.indexOf('"');
    return `${out}${part.slice(0, end)}.0${part.slice(end + 1)}`;
  });
}

function patchFloatSerialisation(): void {
  const writer = SimpleJson.Writer.prototype as unknown as {
    WriteFloat(value: number | null): void;
    toString(): string;
    _addToCurrentObject(value: unknown): void;
    StartNewObject(container: boolean): void;
  };
  const writeFloat = writer.WriteFloat;
  writer.WriteFloat = function (this: typeof writer, value: number | null) {
    if (value !== null && Number.isInteger(value) && Math.abs(value) < 1e21) {
      this.StartNewObject(false);
      this._addToCurrentObject(new WholeFloat(value));
      return;
    }
    writeFloat.call(this, value);
  };
  const toString = writer.toString;
  writer.toString = function (this: typeof writer) {
    return restoreWholeFloats(toString.call(this));
  };

  class FloatPreservingReader {
    private readonly root: unknown;
    constructor(text: string) {
      this.root = JSON.parse(markWholeFloats(text));
    }
    ToDictionary(): unknown {
      return this.root;
    }
    ToArray(): unknown {
      return this.root;
    }
  }
  (SimpleJson as unknown as { Reader: unknown }).Reader = FloatPreservingReader;

  const serialisation = JsonSerialisation as unknown as {
    JTokenToRuntimeObject(token: unknown): unknown;
  };
  const toRuntimeObject = serialisation.JTokenToRuntimeObject.bind(JsonSerialisation);
  serialisation.JTokenToRuntimeObject = (token: unknown) =>
    typeof token === 'string' && WHOLE_FLOAT_TOKEN.test(token)
      ? new FloatValue(parseFloat(token))
      : toRuntimeObject(token);
}

function patchFloatPrinting(): void {
  const float = FloatValue.prototype as unknown as {
    value: number;
    Cast(type: ValueType): unknown;
    toString(): string;
  };
  const cast = float.Cast;
  float.Cast = function (this: typeof float, type: ValueType) {
    return type === ValueType.String
      ? new StringValue(formatInkFloat(this.value))
      : cast.call(this, type);
  };
  float.toString = function (this: typeof float) {
    return formatInkFloat(this.value);
  };
}

/**
 * A temporary passed by reference into a knot parameter of the same name (`-> b(v)` to
 * `== b(ref v)`) would become a pointer to its own slot and recurse until the stack
 * overflows. Store the value it points at instead, and refuse pointer chains that loop.
 */
function patchSelfReferencingPointers(): void {
  type Pointer = { variableName: string; contextIndex: number };
  const state = VariablesState.prototype as unknown as {
    Assign(
      assignment: { variableName: string | null; isNewDeclaration: boolean; isGlobal: boolean },
      value: unknown,
    ): void;
    ResolveVariablePointer(pointer: Pointer): Pointer;
    GetRawVariableWithName(name: string, contextIndex: number): unknown;
    GetVariableWithName(name: string, contextIndex?: number): unknown;
    ValueAtVariablePointer(pointer: Pointer): unknown;
    _callStack: { currentElementIndex: number };
  };
  const assign = state.Assign;
  state.Assign = function (this: typeof state, assignment, value) {
    if (
      assignment.isNewDeclaration &&
      !assignment.isGlobal &&
      value instanceof VariablePointerValue
    ) {
      const target = this.ResolveVariablePointer(value as unknown as Pointer);
      // Context index 0 is the global scope, so call-stack element i is context i + 1.
      const ownSlot = this._callStack.currentElementIndex + 1;
      if (target.variableName === assignment.variableName && target.contextIndex === ownSlot) {
        const current = this.GetRawVariableWithName(target.variableName, target.contextIndex);
        if (current !== null && !(current instanceof VariablePointerValue)) value = current;
      }
    }
    assign.call(this, assignment, value);
  };
  state.ValueAtVariablePointer = function (this: typeof state, pointer: Pointer) {
    let current: unknown = pointer;
    for (let hops = 0; hops < MAX_POINTER_HOPS; hops++) {
      const { variableName, contextIndex } = current as Pointer;
      current = this.GetRawVariableWithName(variableName, contextIndex);
      if (!(current instanceof VariablePointerValue)) return current;
    }
    throw new Error(
      `Variable '${pointer.variableName}' refers to itself through 'ref' parameters and has no value.`,
    );
  };
}

export function applyInkConformance(): void {
  const marker = SimpleJson as unknown as Patchable;
  if (marker[PATCHED]) return;
  patchFloatSerialisation();
  patchFloatPrinting();
  patchSelfReferencingPointers();
  marker[PATCHED] = true;
}

applyInkConformance();
