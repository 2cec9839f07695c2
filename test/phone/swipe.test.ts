import { describe, expect, it, vi } from 'vitest';
import { swipe, swipeDirection } from '../../src/lib/ui/swipe';

describe('swipeDirection', () => {
  it('steps on a long, mostly sideways move and nothing else', () => {
    expect(swipeDirection(-60, 10)).toBe('next');
    expect(swipeDirection(60, -10)).toBe('prev');
    expect(swipeDirection(-40, 0)).toBeNull(); // too short
    expect(swipeDirection(-80, 50)).toBeNull(); // too diagonal: a scroll
    expect(swipeDirection(NaN, 0)).toBeNull();
  });
});

function pointer(type: string, x: number, y: number, extra: Partial<PointerEventInit> = {}) {
  return new PointerEvent(type, {
    bubbles: true,
    clientX: x,
    clientY: y,
    pointerId: 1,
    pointerType: 'touch',
    isPrimary: true,
    ...extra,
  });
}

describe('swipe attachment', () => {
  it('calls onnext/onprev for touch swipes, ignores mouse drags and swipes that start on a slider', () => {
    const el = document.createElement('div');
    const slider = document.createElement('input');
    slider.type = 'range';
    el.append(slider);
    document.body.append(el);
    const onnext = vi.fn();
    const onprev = vi.fn();
    const cleanup = swipe({ onnext, onprev })(el) as () => void;
    expect(el.style.touchAction).toBe('pan-y pinch-zoom');

    el.dispatchEvent(pointer('pointerdown', 200, 100));
    el.dispatchEvent(pointer('pointerup', 100, 110));
    expect(onnext).toHaveBeenCalledTimes(1);

    el.dispatchEvent(pointer('pointerdown', 100, 100));
    el.dispatchEvent(pointer('pointerup', 200, 100));
    expect(onprev).toHaveBeenCalledTimes(1);

    el.dispatchEvent(pointer('pointerdown', 200, 100, { pointerType: 'mouse' }));
    el.dispatchEvent(pointer('pointerup', 100, 100, { pointerType: 'mouse' }));
    slider.dispatchEvent(pointer('pointerdown', 200, 100));
    slider.dispatchEvent(pointer('pointerup', 100, 100));
    el.dispatchEvent(pointer('pointerdown', 200, 100));
    el.dispatchEvent(pointer('pointercancel', 200, 100));
    el.dispatchEvent(pointer('pointerup', 100, 100));
    expect(onnext).toHaveBeenCalledTimes(1);

    cleanup();
    expect(el.style.touchAction).toBe('');
    el.remove();
  });
});
