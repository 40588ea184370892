import { useEffect, useRef, useState } from 'react';
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { drawSideLabel } from './side-labels';

/**
 * Draws a network picture with sigma.js (WebGL) into the returned `container`, once its
 * `graph` is known (null until then): labels beside the nodes in the app's font, larger
 * nodes over smaller ones, and the picture's own `settings` on top. A click on a person
 * calls the latest `onClickNode`. Where the browser cannot draw it, `failure` says why.
 * `renderer` is sigma's, for a picture that restyles itself as its filters change.
 */
export function useSigmaPicture<N extends Attributes>(
  graph: Graph<N> | null,
  settings: Partial<Settings<N>>,
  onClickNode?: (node: string) => void,
) {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma<N> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const clickRef = useRef(onClickNode);
  clickRef.current = onClickNode;

  useEffect(() => {
    if (!graph || !container.current) return;
    try {
      const sigma = new Sigma<N>(graph, container.current, {
        labelDensity: 1,
        labelFont: 'Inter, system-ui, sans-serif',
        defaultDrawNodeLabel: drawSideLabel,
        zIndex: true,
        ...settings,
      });
      sigma.on('clickNode', ({ node }) => clickRef.current?.(node));
      renderer.current = sigma;
      setFailure(null);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
    return () => {
      renderer.current?.kill();
      renderer.current = null;
    };
    // The settings are the picture's own, the same on every render: a new graph redraws it.
  }, [graph]);

  return { container, renderer, failure };
}
